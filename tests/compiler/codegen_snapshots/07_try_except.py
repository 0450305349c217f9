try:
    a()
except (E1, E2) as e:
    b(e)
except E3:
    c()
except:
    d()
else:
    f()

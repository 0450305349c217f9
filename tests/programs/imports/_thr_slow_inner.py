import time

values = []
for i in range(3):
    time.sleep(0.003)
    values.append(i * i)

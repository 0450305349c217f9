class C(Base, metaclass=Meta):
    "doc"
    x: int = 1
    __private = 2
    def m(self):
        return super().m(self.__private)

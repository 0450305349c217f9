from __future__ import annotations
x: list[int] = []
def f(a: Dict[str, int], *args: int) -> None: pass

# A bridge around the outer loop runs the rest of the outer loop's body, and the calls it
# inlines there have guards of their own: when one of those keeps failing, it must not get a
# bridge recorded as if it were inside the inner loop (the inner loop's stack is gone there).

class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def at(self, t):
        return self.origin + self.direction * t


def blocked(point, light):
    # Branches that change from call to call: guards inside the inlined call fail.
    d = light - point
    if d > 3.0:
        return True
    if d < -3.0:
        return d * d > 20.0
    return False


def shade(ray, lights, depth):
    point = ray.at(0.5)
    color = 0.0
    for light in lights:
        if blocked(point, light):
            continue
        spec = (light - point) * 0.01
        for _ in range(5):
            spec = spec * spec + 0.001
        color = color + spec
    if depth < 2:
        color = color + shade(Ray(point, ray.direction * 0.5), lights, depth + 1) * 0.5
    return color


def run(n):
    lights = [k * 0.5 - 5.0 for k in range(21)]
    total = 0.0
    for i in range(n):
        total += shade(Ray((i % 17) * 0.37 - 3.0, (i % 5) * 0.2), lights, 0)
    return total


print(round(run(3000), 6))
print(round(run(20000), 6))

"""raytrace: a Whitted-style ray tracer (spheres, a checkered plane, two lights,
shadows, mirror reflection) rendering a square image.

Measures: allocation of many small vector objects with __slots__, operator
overloading (__add__, __sub__, __mul__), method calls, float arithmetic.
Square roots are `** 0.5`, so no module is needed; highlights use repeated
squaring instead of `**` with a float exponent.
Size: image width and height in pixels.
"""
import sys
from _harness import main


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def cross(self, other):
        return Vec(self.y * other.z - self.z * other.y,
                   self.z * other.x - self.x * other.z,
                   self.x * other.y - self.y * other.x)

    def scale(self, other):
        return Vec(self.x * other.x, self.y * other.y, self.z * other.z)

    def length(self):
        return self.dot(self) ** 0.5

    def normalized(self):
        return self * (1.0 / self.length())


BLACK = Vec(0.0, 0.0, 0.0)
EPSILON = 1e-6


class Ray:
    __slots__ = ("origin", "direction")

    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def at(self, t):
        return self.origin + self.direction * t


class Material:
    def __init__(self, color, diffuse, specular, reflect):
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.reflect = reflect

    def color_at(self, point):
        return self.color


class Checker(Material):
    def __init__(self, color, other, diffuse, specular, reflect):
        Material.__init__(self, color, diffuse, specular, reflect)
        self.other = other

    def color_at(self, point):
        # Floor division of floats gives the tile coordinates without math.floor.
        if int(point.x // 1.0 + point.z // 1.0) % 2 == 0:
            return self.color
        return self.other


class Sphere:
    def __init__(self, center, radius, material):
        self.center = center
        self.radius = radius
        self.material = material

    def intersect(self, ray):
        # Solve |o + t d - c|^2 = r^2 for the nearest t > 0 (d is unit length).
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        root = disc ** 0.5
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        if t > EPSILON:
            return t
        return None

    def normal_at(self, point):
        return (point - self.center).normalized()


class Plane:
    def __init__(self, point, normal, material):
        self.point = point
        self.normal = normal.normalized()
        self.material = material

    def intersect(self, ray):
        denom = self.normal.dot(ray.direction)
        if abs(denom) < EPSILON:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        if t > EPSILON:
            return t
        return None

    def normal_at(self, point):
        return self.normal


class Light:
    def __init__(self, position, color):
        self.position = position
        self.color = color


class Camera:
    def __init__(self, eye, target, up, fov_scale):
        self.eye = eye
        self.forward = (target - eye).normalized()
        self.right = self.forward.cross(up).normalized() * fov_scale
        self.up = self.right.cross(self.forward).normalized() * fov_scale

    def ray(self, x, y, width, height):
        sx = (x + 0.5) / width * 2.0 - 1.0
        sy = 1.0 - (y + 0.5) / height * 2.0
        return Ray(self.eye, (self.forward + self.right * sx + self.up * sy).normalized())


class Scene:
    def __init__(self, objects, lights, ambient, max_depth):
        self.objects = objects
        self.lights = lights
        self.ambient = ambient
        self.max_depth = max_depth

    def nearest(self, ray):
        best_t = None
        best = None
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t = t
                best = obj
        return best, best_t

    def shadowed(self, point, light):
        to_light = light.position - point
        distance = to_light.length()
        ray = Ray(point, to_light * (1.0 / distance))
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and t < distance:
                return True
        return False

    def trace(self, ray, depth):
        obj, t = self.nearest(ray)
        if obj is None:
            # Sky: a vertical gradient.
            k = 0.5 * (ray.direction.y + 1.0)
            return Vec(0.6, 0.7, 0.9) * k + Vec(1.0, 1.0, 1.0) * (1.0 - k)
        point = ray.at(t)
        normal = obj.normal_at(point)
        material = obj.material
        base = material.color_at(point)
        color = base * self.ambient
        for light in self.lights:
            if self.shadowed(point, light):
                continue
            to_light = (light.position - point).normalized()
            lambert = normal.dot(to_light)
            if lambert > 0.0:
                color = color + base.scale(light.color) * (lambert * material.diffuse)
            half = (to_light - ray.direction).normalized()
            spec = normal.dot(half)
            if spec > 0.0:
                for _ in range(5):  # spec ** 32
                    spec = spec * spec
                color = color + light.color * (spec * material.specular)
        if material.reflect > 0.0 and depth < self.max_depth:
            d = ray.direction
            reflected = d - normal * (2.0 * d.dot(normal))
            color = color + self.trace(Ray(point, reflected), depth + 1) * material.reflect
        return color


def make_scene():
    objects = [
        Plane(Vec(0.0, 0.0, 0.0), Vec(0.0, 1.0, 0.0),
              Checker(Vec(0.9, 0.9, 0.9), Vec(0.1, 0.1, 0.1), 0.8, 0.1, 0.3)),
        Sphere(Vec(0.0, 1.0, 0.0), 1.0, Material(Vec(0.9, 0.2, 0.2), 0.7, 0.5, 0.4)),
        Sphere(Vec(-2.2, 0.7, 1.0), 0.7, Material(Vec(0.2, 0.8, 0.3), 0.8, 0.3, 0.1)),
        Sphere(Vec(1.9, 0.5, 1.5), 0.5, Material(Vec(0.3, 0.3, 0.9), 0.6, 0.8, 0.6)),
        Sphere(Vec(0.6, 0.3, 2.3), 0.3, Material(Vec(0.9, 0.8, 0.1), 0.9, 0.2, 0.0)),
    ]
    lights = [Light(Vec(-4.0, 6.0, 5.0), Vec(0.8, 0.8, 0.8)),
              Light(Vec(5.0, 4.0, -2.0), Vec(0.4, 0.35, 0.3))]
    return Scene(objects, lights, 0.1, 3)


def channel(value):
    if value < 0.0:
        value = 0.0
    elif value > 1.0:
        value = 1.0
    return int(value * 255.0 + 0.5)


def bench(size):
    scene = make_scene()
    camera = Camera(Vec(0.0, 2.2, 7.0), Vec(0.0, 0.8, 0.0), Vec(0.0, 1.0, 0.0), 0.6)
    total = 0
    digest = 0
    for y in range(size):
        for x in range(size):
            c = scene.trace(camera.ray(x, y, size, size), 0)
            r, g, b = channel(c.x), channel(c.y), channel(c.z)
            total += r + g + b
            digest = (digest * 33 + (r << 16 | g << 8 | b)) % 4294967291
    return "raytrace size=%d total=%d digest=%d" % (size, total, digest)


if __name__ == "__main__":
    main(bench, 250)

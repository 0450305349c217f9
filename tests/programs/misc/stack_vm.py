# A tiny stack-based virtual machine with jumps, calls and a compiled factorial program
def run(program):
    stack, pc, frames, out, env = [], 0, [], [], {}
    while pc < len(program):
        op, *args = program[pc]
        pc += 1
        if op == "push":
            stack.append(args[0])
        elif op == "pop":
            stack.pop()
        elif op == "dup":
            stack.append(stack[-1])
        elif op == "swap":
            stack[-1], stack[-2] = stack[-2], stack[-1]
        elif op in ("add", "sub", "mul", "lt"):
            b, a = stack.pop(), stack.pop()
            stack.append({"add": a + b, "sub": a - b, "mul": a * b, "lt": int(a < b)}[op])
        elif op == "jz":
            if stack.pop() == 0:
                pc = args[0]
        elif op == "jmp":
            pc = args[0]
        elif op == "call":
            frames.append(pc)
            pc = args[0]
        elif op == "ret":
            pc = frames.pop()
        elif op == "print":
            out.append(stack[-1])
        elif op == "load":
            stack.append(env[args[0]])
        elif op == "store":
            env[args[0]] = stack.pop()
        elif op == "halt":
            break
        else:
            raise ValueError(f"bad opcode {op!r} at {pc - 1}")
    return stack, out
def factorial_program(n):
    return [
        ("push", 1), ("store", "acc"),
        ("push", n), ("store", "n"),
        ("load", "n"), ("jz", 15),
        ("load", "acc"), ("load", "n"), ("mul",), ("store", "acc"),
        ("load", "n"), ("push", 1), ("sub",), ("store", "n"),
        ("jmp", 4),
        ("load", "acc"), ("print",), ("call", 20), ("print",), ("halt",),
        ("dup",), ("mul",), ("ret",),
    ]
for n in (0, 1, 5, 10, 20):
    print(n, run(factorial_program(n)))
stack, out = run([("push", 2), ("push", 3), ("add",), ("print",), ("push", 4), ("mul",), ("print",), ("push", 5), ("lt",), ("print",), ("halt",)])
print(stack, out)
countdown = [("push", 5), ("print",), ("push", 1), ("sub",), ("dup",), ("jz", 7), ("jmp", 1), ("print",), ("halt",)]
print(run(countdown))
try:
    run([("push", 1), ("bogus",)])
except ValueError as e:
    print(type(e).__name__, e)
try:
    run([("add",)])
except IndexError as e:
    print(type(e).__name__, e)

"""minivm: an assembler and a stack-based bytecode interpreter written in Python,
running a program that sums Collatz sequence lengths and counts primes.

Measures: the classic interpreter loop - integer opcode dispatch through an
if/elif chain, list-as-stack push/pop, local-variable arrays; plus string
parsing in the assembler.
Size: the upper bound n given to the guest program.
"""
import sys
from _harness import main

OPS = ["push", "load", "store", "add", "sub", "mul", "mod", "div", "lt", "eq",
       "jump", "jump_if_false", "dup", "pop", "print", "halt", "inc"]
OPCODES = {name: i for i, name in enumerate(OPS)}
(PUSH, LOAD, STORE, ADD, SUB, MUL, MOD, DIV, LT, EQ,
 JUMP, JUMP_IF_FALSE, DUP, POP, PRINT, HALT, INC) = range(len(OPS))

SOURCE = """
; r0 = n, r1 = i, r2 = x, r3 = steps total, r4 = primes, r5 = d
        push 1
        store 1
outer:  load 1
        load 0
        lt
        jump_if_false done
        load 1
        store 2
collatz: load 2
        push 1
        eq
        jump_if_false step
        jump prime
step:   inc 3
        load 2
        push 2
        mod
        jump_if_false even
        load 2
        push 3
        mul
        push 1
        add
        store 2
        jump collatz
even:   load 2
        push 2
        div
        store 2
        jump collatz
prime:  load 1
        push 2
        lt
        jump_if_false trial
        jump next
trial:  push 2
        store 5
loop:   load 5
        load 5
        mul
        load 1
        push 1
        add
        lt
        jump_if_false isprime
        load 1
        load 5
        mod
        jump_if_false next
        inc 5
        jump loop
isprime: inc 4
next:   inc 1
        jump outer
done:   load 3
        print
        load 4
        print
        halt
"""


def assemble(source):
    """Two passes: collect label addresses, then encode (opcode, argument) pairs."""
    lines = []
    labels = {}
    for raw in source.splitlines():
        line = raw.split(";", 1)[0].strip()
        if not line:
            continue
        if ":" in line:
            label, line = line.split(":", 1)
            labels[label.strip()] = len(lines)
            line = line.strip()
        parts = line.split()
        lines.append((parts[0], parts[1] if len(parts) > 1 else None))
    code = []
    for name, arg in lines:
        code.append(OPCODES[name])
        if arg is None:
            code.append(0)
        elif arg in labels:
            code.append(labels[arg] * 2)
        else:
            code.append(int(arg))
    return code


def execute(code, registers):
    stack = []
    output = []
    pc = 0
    executed = 0
    while True:
        op = code[pc]
        arg = code[pc + 1]
        pc += 2
        executed += 1
        if op == LOAD:
            stack.append(registers[arg])
        elif op == PUSH:
            stack.append(arg)
        elif op == STORE:
            registers[arg] = stack.pop()
        elif op == JUMP_IF_FALSE:
            if not stack.pop():
                pc = arg
        elif op == JUMP:
            pc = arg
        elif op == INC:
            registers[arg] += 1
        elif op == ADD:
            b = stack.pop()
            stack.append(stack.pop() + b)
        elif op == SUB:
            b = stack.pop()
            stack.append(stack.pop() - b)
        elif op == MUL:
            b = stack.pop()
            stack.append(stack.pop() * b)
        elif op == MOD:
            b = stack.pop()
            stack.append(stack.pop() % b)
        elif op == DIV:
            b = stack.pop()
            stack.append(stack.pop() // b)
        elif op == LT:
            b = stack.pop()
            stack.append(1 if stack.pop() < b else 0)
        elif op == EQ:
            b = stack.pop()
            stack.append(1 if stack.pop() == b else 0)
        elif op == DUP:
            stack.append(stack[-1])
        elif op == POP:
            stack.pop()
        elif op == PRINT:
            output.append(stack.pop())
        elif op == HALT:
            return output, executed
        else:
            raise ValueError("bad opcode %d at %d" % (op, pc - 2))


def bench(n):
    code = assemble(SOURCE)
    registers = [0] * 8
    registers[0] = n
    output, executed = execute(code, registers)
    return "minivm n=%d collatz_steps=%d primes=%d instructions=%d" % (n, output[0], output[1], executed)


if __name__ == "__main__":
    main(bench, 7000)

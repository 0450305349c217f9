// Generators, coroutines and async generators: objects that own a suspended frame.
//
// Resuming runs the frame as the entry frame of a nested `run` (eval.ts) until it yields or
// returns. `yield from` / `await` delegate through SEND; gen.throw() and gen.close() are
// forwarded to the sub-iterator a suspended `yield from` is waiting on (CPython's gen_throw).

import { CodeFlag } from "../bytecode/code";
import { Op } from "../bytecode/opcodes";
import {
  call, callDescr, getAttrOpt, addressOf, isInstance, iterNext, PyIter, typeName, getIter, repr, strValue,
} from "../objects/abstract";
import {
  GeneratorExit, newException, PyBaseException, raiseError, RuntimeError, StopAsyncIteration, StopIteration,
  toPyException, typeError, ValueError, BaseException,
} from "../objects/exceptions";
import { defGetSet, defMethods } from "../objects/native";
import {
  asyncGeneratorType, coroutineType, generatorType, None, PyCode, PyObject, PyTuple, PyType, PyValue, objectType, typeOf,
} from "../objects/types";

import { computeMro } from "../objects/object";
import { typeType } from "../objects/types";
import { chainContext, excStack, generatorCompiled, pyCodeOf, run, runGenerator, topFrame } from "./eval";
import { Frame, frameEscapes, FrameState } from "./frame";
import { PyTraceback } from "./traceback";
import { runtime, SendResult } from "./runtime";

export class PyGenerator extends PyIter {
  running = false;
  /** The exception being handled inside the generator while it is suspended. */
  excState: PyValue = None;
  name: string;
  qualname: string;
  /** For coroutines: whether an `await` already took it. */
  awaited = false;
  /** Async generators: running an asend/athrow. */
  agRunning = false;
  agClosed = false;
  /** The value the frame returned when `next()` last reported exhaustion. */
  stopValue: PyValue | undefined;
  /** Only a for loop's value stack refers to it (see ownIter): dropping it there closes it. */
  loopOwned = false;
  constructor(cls: PyType, public frame: Frame) {
    super(cls);
    this.name = frame.func !== null ? frame.func.name : frame.code.name;
    this.qualname = frame.func !== null ? frame.func.qualname : frame.code.qualname;
  }

  next(): PyValue | undefined {
    if (this.cls !== generatorType) typeError(`'${typeName(this)}' object is not an iterator`);
    const v = resumeValue(this, None, null, false);
    if (resumedDone) {
      // The return value, for consumers that turn exhaustion into StopIteration(value).
      this.stopValue = v;
      return undefined;
    }
    return v;
  }
}

/** gi_frame / cr_frame / ag_frame: None once the generator finished. */
function frameOf(g: PyGenerator): PyValue {
  if (g.frame.state === FrameState.Finished) return None;
  frameEscapes();
  return g.frame;
}

function kindName(g: PyGenerator): string {
  return g.cls === coroutineType ? "coroutine" : g.cls === asyncGeneratorType ? "async generator" : "generator";
}

/** The sub-iterator a suspended `yield from`/`await` is delegating to, or null. */
function yieldFrom(g: PyGenerator): PyValue | null {
  const f = g.frame;
  if (f.state !== FrameState.Suspended) return null;
  const next = f.code.code[f.pc];
  if ((next & 0xff) === Op.RESUME && (next >>> 8) >= 2) return f.stack[f.sp - 1] as PyValue;
  return null;
}

/**
 * Ends a `yield from` from outside: pops the sub-iterator and continues after the SEND loop
 * with `value` as the result of the `yield from` expression.
 */
function finishYieldFrom(g: PyGenerator, value: PyValue): void {
  const f = g.frame;
  const words = f.code.code;
  // Suspended at RESUME (after YIELD_VALUE); next comes the jump back to SEND.
  const jump = words[f.pc + 1];
  const sendIdx = jump >>> 8;
  const target = words[sendIdx] >>> 8;
  f.stack[f.sp - 1] = value;
  f.pc = target;
}

/** Runs the generator's frame; `throwIn` raises an exception at the suspension point. */
export function resume(g: PyGenerator, value: PyValue, throwIn: PyBaseException | null, skipPush = false): SendResult {
  const v = resumeValue(g, value, throwIn, skipPush);
  return { done: resumedDone, value: v };
}

/** Whether the generator the last resumeValue() ran finished (its value is the return value). */
let resumedDone = false;

/**
 * resume() without the result object: the value yielded or returned, and resumedDone (read it
 * at once: the next resumption overwrites it).
 */
function resumeValue(g: PyGenerator, value: PyValue, throwIn: PyBaseException | null, skipPush: boolean): PyValue {
  const f = g.frame;
  if (g.running) raiseError(ValueError, `${kindName(g)} already executing`);
  if (f.state === FrameState.Finished) {
    if (throwIn !== null) throw throwIn;
    if (g.cls === coroutineType) raiseError(RuntimeError, "cannot reuse already awaited coroutine");
    resumedDone = true;
    return None;
  }
  if (f.state === FrameState.Created && throwIn === null && value !== None && !skipPush) {
    typeError(`can't send non-None value to a just-started ${kindName(g)}`);
  }
  if (throwIn === null && !skipPush) f.stack[f.sp++] = value;
  excStack.push(g.excState);
  // An exception thrown in while the generator handles one gets that one as its __context__
  // (CPython's _PyErr_ChainStackItem), also when it already has a traceback: one a sub-iterator
  // of `yield from`/`await` raised, say.
  if (throwIn !== null && g.excState !== None) chainContext(throwIn);
  g.running = true;
  let result: PyValue;
  try {
    const fn = generatorCompiled(f);
    result = fn === null ? run(f, throwIn) : runGenerator(fn, f, throwIn);
  } catch (e) {
    f.state = FrameState.Finished;
    const exc = toPyException(e);
    if (isInstance(exc, StopIteration) || (g.cls === asyncGeneratorType && isInstance(exc, StopAsyncIteration))) {
      const what = isInstance(exc, StopIteration) ? "StopIteration" : "StopAsyncIteration";
      const err = newException(RuntimeError, `${kindName(g)} raised ${what}`);
      err.cause = exc;
      err.context = exc;
      err.suppressContext = true;
      throw err;
    }
    throw exc;
  } finally {
    g.running = false;
    g.excState = excStack.pop()!;
  }
  resumedDone = !f.yielded;
  return result;
}

/** send(v) as the SEND instruction and `yield from` use it: for any receiver. */
export function sendTo(receiver: PyValue, v: PyValue): SendResult {
  if (receiver instanceof PyGenerator) return resume(receiver, v, null);
  try {
    if (receiver instanceof AsyncGenAwaitable) return { done: false, value: receiver.send(v) };
    if (v === None && receiver instanceof PyIter) {
      const x = receiver.next();
      return x === undefined ? { done: true, value: stopValueOfNative(receiver) } : { done: false, value: x };
    }
    // PyIter_Send: next() for an iterator when None is sent, else send() (a coroutine-like
    // object with send() and no __next__).
    const r = v === None && typeOf(receiver).lookup("__next__") !== undefined ? callNext(receiver)
      : call(getAttrOrErr(receiver, "send"), [v]);
    return { done: false, value: r };
  } catch (e) {
    if (e instanceof PyBaseException && isInstance(e, StopIteration)) return { done: true, value: stopValue(e) };
    throw e;
  }
}

function stopValueOfNative(it: PyIter): PyValue {
  const sv = (it as unknown as { stopValue?: PyValue }).stopValue;
  return sv === undefined ? None : sv;
}

function callNext(it: PyValue): PyValue {
  const f = typeOf(it).lookup("__next__");
  if (f === undefined) typeError(`'${typeName(it)}' object is not an iterator`);
  return callDescr(f, it, []);
}

function getAttrOrErr(o: PyValue, name: string): PyValue {
  const v = getAttrOpt(o, name);
  if (v === undefined) raiseError(excAttr(), `'${typeName(o)}' object has no attribute '${name}'`);
  return v;
}

import { AttributeError } from "../objects/exceptions";
function excAttr(): PyType {
  return AttributeError;
}

export function stopValue(e: PyBaseException): PyValue {
  const v = e.fields?.value;
  if (v !== undefined) return v;
  return e.args.items.length > 0 ? e.args.items[0] : None;
}

/** gen.throw(exc): delegates to a `yield from` sub-iterator first. */
export function genThrow(g: PyGenerator, exc: PyBaseException): SendResult {
  const yf = yieldFrom(g);
  if (yf !== null) {
    if (isInstance(exc, GeneratorExit)) {
      g.running = true;
      try {
        closeIter(yf);
      } catch (e) {
        g.running = false;
        return resume(g, None, toPyException(e));
      }
      g.running = false;
      return resume(g, None, exc);
    }
    let r: SendResult;
    g.running = true;
    try {
      if (yf instanceof PyGenerator) r = genThrow(yf, exc);
      else {
        const thr = getAttrOpt(yf, "throw");
        if (thr === undefined) {
          g.running = false;
          return resume(g, None, exc);
        }
        r = { done: false, value: call(thr, [exc.cls, exc, exc.traceback]) };
      }
    } catch (e) {
      g.running = false;
      const ex = toPyException(e);
      if (isInstance(ex, StopIteration)) {
        finishYieldFrom(g, stopValue(ex));
        return resume(g, None, null, true);
      }
      // The sub-iterator's exception is raised in the generator at the `yield from`.
      g.frame.sp--;
      return resume(g, None, ex);
    }
    g.running = false;
    if (!r.done) return r;
    finishYieldFrom(g, r.value);
    return resume(g, None, null, true);
  }
  return resume(g, None, exc);
}

function closeIter(it: PyValue): void {
  if (it instanceof PyGenerator) {
    genClose(it);
    return;
  }
  const c = getAttrOpt(it, "close");
  if (c !== undefined) call(c, []);
}

export function genClose(g: PyGenerator): PyValue {
  if (g.frame.state === FrameState.Finished || g.frame.state === FrameState.Created) {
    g.frame.state = FrameState.Finished;
    return None;
  }
  let r: SendResult;
  try {
    r = genThrow(g, newException(GeneratorExit, null));
  } catch (e) {
    const ex = toPyException(e);
    if (isInstance(ex, GeneratorExit) || isInstance(ex, StopIteration)) return None;
    throw ex;
  }
  if (!r.done) raiseError(RuntimeError, `${kindName(g)} ignored GeneratorExit`);
  return r.value;
}

/** The exception object for throw(type[, value[, tb]]). */
export function makeThrown(name: string, args: PyValue[]): PyBaseException {
  if (args.length < 1) typeError(`${name} expected at least 1 argument, got 0`);
  if (args.length > 3) typeError(`${name} expected at most 3 arguments, got ${args.length}`);
  const [typ, val, tb] = args;
  // Checked first, as CPython does: a bad traceback is reported whatever the other arguments.
  if (tb !== undefined && tb !== None && !(tb instanceof PyTraceback)) typeError(`${name}() third argument must be a traceback object`);
  let exc: PyValue;
  if (typ instanceof PyType && typ.isSubtypeOf(BaseException)) {
    if (val === undefined || val === None) exc = call(typ, []);
    else if (isInstance(val, typ)) exc = val;
    else exc = call(typ, val instanceof PyTuple ? val.items.slice() : [val]);
  } else if (typ instanceof PyBaseException) {
    if (val !== undefined && val !== None) typeError("instance exception may not have a separate value");
    exc = typ;
  } else {
    typeError(`exceptions must be classes or instances deriving from BaseException, not ${typeName(typ)}`);
  }
  if (!(exc instanceof PyBaseException)) {
    // The class made something else: the TypeError is what gets thrown in (CPython normalizes
    // the exception in the generator's frame).
    return newException(TypeErrorT, `calling ${repr(typ)} should have returned an instance of BaseException, not ${typeName(exc)}`);
  }
  if (tb !== undefined && tb !== None) exc.traceback = tb;
  return exc;
}

/** A new __name__/__qualname__: a str, never deleted. */
function nameValue(attr: string, v: PyValue | undefined): string {
  const s = v === undefined ? undefined : strValue(v);
  if (s === undefined) typeError(`${attr} must be set to a string object`);
  return s;
}

function genRepr(g: PyGenerator): string {
  return `<${kindName(g)} object ${g.qualname} at 0x${addressOf(g)}>`;
}

// ---- coroutine wrapper (coro.__await__()) and async generator awaitables --------------------

const coroWrapperType = new PyType(typeType, "coroutine_wrapper", [objectType], 0);
coroWrapperType.mro = computeMro(coroWrapperType);

class CoroWrapper extends PyIter {
  constructor(public coro: PyGenerator) {
    super(coroWrapperType);
  }
  stopValue: PyValue | undefined;
  next(): PyValue | undefined {
    const r = resume(this.coro, None, null);
    if (r.done) {
      this.stopValue = r.value;
      throw stopIterationWith(r.value);
    }
    return r.value;
  }
}

/** The StopIteration a native iterator's end raises (its return value, for one that has it). */
export function stopIterationOf(it: object): PyBaseException {
  const sv = (it as { stopValue?: PyValue }).stopValue;
  return stopIterationWith(sv === undefined ? None : sv);
}

export function stopIterationWith(v: PyValue): PyBaseException {
  const e = new PyBaseException(StopIteration, new PyTuple(v === None ? [] : [v]));
  e.fields = { value: v };
  return e;
}

/** The wrapper ASYNC_GEN_WRAP puts around values an async generator yields to its consumer. */
class AsyncGenWrapped extends PyObject {
  constructor(public value: PyValue) {
    super(objectType);
  }
}

const asendType = new PyType(typeType, "async_generator_asend", [objectType], 0);
asendType.mro = computeMro(asendType);
const athrowType = new PyType(typeType, "async_generator_athrow", [objectType], 0);
athrowType.mro = computeMro(athrowType);

/** The awaitable of agen.__anext__()/asend(v) (or athrow/aclose when `thrown` is set). */
class AsyncGenAwaitable extends PyIter {
  state: 0 | 1 | 2 = 0; // init, iter, closed
  constructor(public gen: PyGenerator, public sendValue: PyValue, public thrown: PyBaseException | null,
              public isClose: boolean) {
    super(thrown === null && !isClose ? asendType : athrowType);
  }

  next(): PyValue | undefined {
    return this.send(None);
  }

  /** One step: returns the value to pass up to the event loop, or throws StopIteration(result). */
  send(v: PyValue): PyValue {
    const g = this.gen;
    if (this.state === 2) raiseError(RuntimeError, `cannot reuse already awaited ${this.thrown || this.isClose ? "aclose()/athrow()" : "__anext__()/asend()"}`);
    let r: SendResult;
    try {
      if (this.state === 0) {
        if (g.agClosed || g.frame.state === FrameState.Finished) {
          this.state = 2;
          if (this.isClose) throw stopIterationWith(None);
          if (this.thrown !== null) throw this.thrown;
          throw newException(StopAsyncIteration, null);
        }
        this.state = 1;
        if (this.thrown !== null || this.isClose) {
          const exc = this.isClose ? newException(GeneratorExit, null) : this.thrown!;
          if (g.frame.state === FrameState.Created && this.isClose) {
            g.frame.state = FrameState.Finished;
            g.agClosed = true;
            this.state = 2;
            throw stopIterationWith(None);
          }
          r = genThrow(g, exc);
        } else {
          r = resume(g, this.sendValue === None ? v : this.sendValue, null);
        }
      } else {
        r = resume(g, v, null);
      }
    } catch (e) {
      this.state = 2;
      const ex = toPyException(e);
      if (this.isClose && (isInstance(ex, GeneratorExit) || isInstance(ex, StopAsyncIteration))) {
        g.agClosed = true;
        throw stopIterationWith(None);
      }
      if (isInstance(ex, StopAsyncIteration) || isInstance(ex, GeneratorExit)) g.agClosed = true;
      throw ex;
    }
    return this.handle(r);
  }

  private handle(r: SendResult): PyValue {
    const g = this.gen;
    if (r.done) {
      this.state = 2;
      g.agClosed = true;
      if (this.isClose) throw stopIterationWith(None);
      throw newException(StopAsyncIteration, null);
    }
    if (r.value instanceof AsyncGenWrapped) {
      this.state = 2;
      if (this.isClose) raiseError(RuntimeError, "async generator ignored GeneratorExit");
      throw stopIterationWith(r.value.value);
    }
    return r.value;
  }

  throwIn(exc: PyBaseException): PyValue {
    if (this.state === 2) raiseError(RuntimeError, "cannot reuse already awaited __anext__()/asend()");
    let r: SendResult;
    try {
      r = genThrow(this.gen, exc);
    } catch (e) {
      this.state = 2;
      throw e;
    }
    return this.handle(r);
  }
}

// ---- installation --------------------------------------------------------------------------------

export function initGenerators(): void {
  runtime.makeGenerator = (frame: Frame) => {
    const flags = frame.code.flags;
    const t = flags & CodeFlag.COROUTINE ? coroutineType : flags & CodeFlag.ASYNC_GENERATOR ? asyncGeneratorType : generatorType;
    const g = new PyGenerator(t, frame);
    frame.gen = g;
    if (t === generatorType) {
      // Made by a call in the running frame (or, RETURN_GENERATOR run in the interpreter, in its
      // caller). Remembered only when a GET_ITER follows that CALL, which takes it at once (so
      // that lastGen keeps no other generator alive).
      const creator = topFrame === frame ? frame.back : topFrame;
      if (creator !== null && (creator.code.code[creator.lasti + 1] & 0xff) === Op.GET_ITER) {
        lastGen = g;
        lastGenCreator = creator;
        lastGenPc = creator.lasti;
      }
    }
    return g;
  };
  runtime.send = sendTo;
  runtime.isGenOrCoro = (v) => v instanceof PyGenerator && v.cls !== asyncGeneratorType;
  runtime.asyncGenWrap = (v) => new AsyncGenWrapped(v);
  runtime.getAwaitable = (v, where) => getAwaitable(v, where);
  runtime.getAiter = (v) => {
    const f = typeOf(v).lookup("__aiter__");
    if (f === undefined) typeError(`'async for' requires an object with __aiter__ method, got ${typeName(v)}`);
    const it = callDescr(f, v, []);
    if (typeOf(it).lookup("__anext__") === undefined) {
      typeError(`'async for' received an object from __aiter__ that does not implement __anext__: ${typeName(it)}`);
    }
    return it;
  };
  runtime.getAnext = (v) => {
    if (v instanceof PyGenerator && v.cls === asyncGeneratorType) return new AsyncGenAwaitable(v, None, null, false);
    const f = typeOf(v).lookup("__anext__");
    if (f === undefined) typeError(`'async for' requires an iterator with __anext__ method, got ${typeName(v)}`);
    const aw = callDescr(f, v, []);
    try {
      return getAwaitable(aw, -1);
    } catch (e) {
      const ex = toPyException(e);
      if (isInstance(ex, excTypeError())) {
        const err = newException(excTypeError(), `'async for' received an invalid object from __anext__: ${typeName(aw)}`);
        err.cause = ex;
        err.context = ex;
        err.suppressContext = true;
        throw err;
      }
      throw ex;
    }
  };

  for (const t of [generatorType, coroutineType]) {
    const label = t === generatorType ? "generator" : "coroutine";
    defMethods(t, {
      send: (args) => {
        const r = resume(args[0] as PyGenerator, args[1], null);
        if (r.done) throw stopIterationWith(r.value);
        return r.value;
      },
      throw: (args) => {
        const r = genThrow(args[0] as PyGenerator, makeThrown("throw", args.slice(1)));
        if (r.done) throw stopIterationWith(r.value);
        return r.value;
      },
      close: (args) => {
        genClose(args[0] as PyGenerator);
        return None;
      },
      __repr__: (args) => genRepr(args[0] as PyGenerator),
    });
    const prefix = t === generatorType ? "gi" : "cr";
    defGetSet(t, `${prefix}_running`, (g) => (g as PyGenerator).running ? trueV() : falseV());
    defGetSet(t, `${prefix}_frame`, (g) => frameOf(g as PyGenerator));
    defGetSet(t, `${prefix}_code`, (g) => pyCodeOf((g as PyGenerator).frame.code));
    defGetSet(t, `${prefix}_suspended`, (g) => (g as PyGenerator).frame.state === FrameState.Suspended ? trueV() : falseV());
    defGetSet(t, t === generatorType ? "gi_yieldfrom" : "cr_await", (g) => yieldFrom(g as PyGenerator) ?? None);
    defGetSet(t, "__name__", (g) => (g as PyGenerator).name, (g, v) => {
      (g as PyGenerator).name = nameValue("__name__", v);
    });
    defGetSet(t, "__qualname__", (g) => (g as PyGenerator).qualname, (g, v) => {
      (g as PyGenerator).qualname = nameValue("__qualname__", v);
    });
    void label;
  }
  defMethods(generatorType, {
    __iter__: (args) => args[0],
    __next__: (args) => {
      const r = resume(args[0] as PyGenerator, None, null);
      if (r.done) throw stopIterationWith(r.value);
      return r.value;
    },
  });
  defMethods(coroutineType, {
    __await__: (args) => new CoroWrapper(args[0] as PyGenerator),
  });
  defMethods(coroWrapperType, {
    __iter__: (args) => args[0],
    __next__: (args) => {
      const r = resume((args[0] as CoroWrapper).coro, None, null);
      if (r.done) throw stopIterationWith(r.value);
      return r.value;
    },
    send: (args) => {
      const r = resume((args[0] as CoroWrapper).coro, args[1], null);
      if (r.done) throw stopIterationWith(r.value);
      return r.value;
    },
    throw: (args) => {
      const r = genThrow((args[0] as CoroWrapper).coro, makeThrown("throw", args.slice(1)));
      if (r.done) throw stopIterationWith(r.value);
      return r.value;
    },
    close: (args) => genClose((args[0] as CoroWrapper).coro),
  });
  // Async generators.
  defMethods(asyncGeneratorType, {
    __aiter__: (args) => args[0],
    __anext__: (args) => new AsyncGenAwaitable(args[0] as PyGenerator, None, null, false),
    asend: (args) => new AsyncGenAwaitable(args[0] as PyGenerator, args[1], null, false),
    athrow: (args) => new AsyncGenAwaitable(args[0] as PyGenerator, None, makeThrown("athrow", args.slice(1)), false),
    aclose: (args) => new AsyncGenAwaitable(args[0] as PyGenerator, None, null, true),
    __repr__: (args) => genRepr(args[0] as PyGenerator),
  });
  defGetSet(asyncGeneratorType, "ag_running", (g) => (g as PyGenerator).agRunning ? trueV() : falseV());
  defGetSet(asyncGeneratorType, "ag_frame", (g) => frameOf(g as PyGenerator));
  defGetSet(asyncGeneratorType, "ag_await", (g) => yieldFrom(g as PyGenerator) ?? None);
  defGetSet(asyncGeneratorType, "ag_code", (g) => pyCodeOf((g as PyGenerator).frame.code));
  defGetSet(asyncGeneratorType, "__name__", (g) => (g as PyGenerator).name, (g, v) => {
    (g as PyGenerator).name = nameValue("__name__", v);
  });
  defGetSet(asyncGeneratorType, "__qualname__", (g) => (g as PyGenerator).qualname, (g, v) => {
    (g as PyGenerator).qualname = nameValue("__qualname__", v);
  });
  for (const t of [asendType, athrowType]) {
    defMethods(t, {
      __await__: (args) => args[0],
      __iter__: (args) => args[0],
      __next__: (args) => (args[0] as AsyncGenAwaitable).send(None),
      send: (args) => (args[0] as AsyncGenAwaitable).send(args[1]),
      throw: (args) => (args[0] as AsyncGenAwaitable).throwIn(makeThrown("throw", args.slice(1))),
      close: (args) => {
        (args[0] as AsyncGenAwaitable).state = 2;
        return None;
      },
    });
  }
  void iterNext;
  void getIter;
  void repr;
}

import { TypeError as TypeErrorT } from "../objects/exceptions";
function excTypeError(): PyType {
  return TypeErrorT;
}

import { True, False } from "../objects/types";
function trueV(): PyValue {
  return True;
}
function falseV(): PyValue {
  return False;
}

/** GET_AWAITABLE: a coroutine, a generator-based coroutine, or what __await__ returns. */
function getAwaitable(v: PyValue, where: number): PyValue {
  if (v instanceof PyGenerator) {
    if (v.cls === coroutineType) {
      if (yieldFrom(v) !== null) raiseError(RuntimeError, "coroutine is being awaited already");
      return v;
    }
    if (v.cls === generatorType && (v.frame.code.flags & CodeFlag.ITERABLE_COROUTINE)) return v;
  }
  if (v instanceof AsyncGenAwaitable) return v;
  const f = typeOf(v).lookup("__await__");
  if (f === undefined) {
    if (where === 1) typeError(`'async with' received an object from __aenter__ that does not implement __await__: ${typeName(v)}`);
    if (where === 2) typeError(`'async with' received an object from __aexit__ that does not implement __await__: ${typeName(v)}`);
    typeError(`object ${typeName(v)} can't be used in 'await' expression`);
  }
  const it = callDescr(f, v, []);
  if (it instanceof PyGenerator && it.cls === coroutineType) typeError("__await__() returned a coroutine");
  if (!(it instanceof PyIter) && typeOf(it).lookup("__next__") === undefined) {
    typeError(`__await__() returned non-iterator of type '${typeName(it)}'`);
  }
  return it;
}

// ---- generators a for loop owns ----------------------------------------------------------------
//
// CPython closes a generator when its last reference goes: `for x in gen(): break` runs the
// generator's finally blocks and __exit__ methods at the break, before the next statement. Typhon
// has no reference counts, but one case is sure: a generator made by the CALL just before a
// GET_ITER (a generator function called in the `for` header) is referred to by the loop's
// value-stack slot alone, since no Python code can reach that slot. When the loop drops it there
// (the POP_TOP of a break, or of a return inside the loop), it is closed as CPython closes it:
// gen.close(), an error it raises reported as unraisable. (Not yet: when an exception unwinds
// the loop's stack.)

/** The last generator a generator function's call made, the frame that called and its CALL. */
let lastGen: PyGenerator | null = null;
let lastGenCreator: Frame | null = null;
let lastGenPc = -1;

function forgetLastGen(): void {
  lastGen = null;
  lastGenCreator = null;
}

/** GET_ITER made `it` the iterator of a for loop in `frame` (frame.lasti: the GET_ITER). */
export function ownIter(it: PyValue, frame: Frame): void {
  if (lastGen === null) return;
  if (it === lastGen && lastGenCreator === frame && lastGenPc === frame.lasti - 1) (it as PyGenerator).loopOwned = true;
  // Any GET_ITER ends the wait: the one after the CALL comes at once, or never.
  forgetLastGen();
}

/**
 * GET_ITER in a trace made `it` a for loop's iterator: as ownIter (a trace runs that GET_ITER
 * right after the CALL that made the generator, as the other tiers do, so the generator is the
 * last one made exactly when that CALL made it).
 */
export function ownIterTraced(it: PyValue): void {
  if (lastGen === null) return;
  if (it === lastGen) (it as PyGenerator).loopOwned = true;
  forgetLastGen();
}

/**
 * A generator that native code got from calling its function and keeps (functools' lru_cache
 * wrapper): never a for loop's own, even when the wrapper's CALL is followed by GET_ITER.
 */
export function madeForNative(v: PyValue): void {
  if (v === lastGen) forgetLastGen();
}

/** Whether `v` is a generator only a for loop's stack slot refers to. */
function isLoopOwned(v: unknown): boolean {
  return v instanceof PyGenerator && v.loopOwned;
}

/**
 * A value a POP_TOP dropped: a generator the loop owned is closed (CPython's finalizer). With
 * `frame`: compiled code's, whose lasti becomes the POP_TOP `k` then.
 */
export function dropIter(v: unknown, frame?: Frame, k = 0): void {
  if (!isLoopOwned(v)) return;
  const g = v as PyGenerator;
  if (frame !== undefined) frame.lasti = k;
  g.loopOwned = false;
  const st = g.frame.state;
  if (st === FrameState.Finished || st === FrameState.Created || g.running) return;
  try {
    genClose(g);
  } catch (e) {
    runtime.writeUnraisable(e, g);
  }
}

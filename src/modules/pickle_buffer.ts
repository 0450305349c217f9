// pickle.PickleBuffer (CPython's Objects/picklebufobject.c, exported by _pickle): a wrapper
// around a buffer that protocol 5 pickles in-band as bytes / bytearray or hands to the
// pickler's buffer_callback to be sent out-of-band. It keeps a memoryview of the object it
// wraps; release() drops it.

import { call, typeName } from "../objects/abstract";
import { BufferError, raiseError, typeError, ValueError } from "../objects/exceptions";
import { defMethods, defNew } from "../objects/native";
import { PyBufferExporter, PyMemoryView } from "../objects/pystr";
import { memoryviewType, None, objectType, PyType, PyValue } from "../objects/types";
import { nativeType } from "./registry";

export const pickleBufferType = nativeType("pickle", "PickleBuffer", objectType, 0);

export class PickleBufferObj extends PyBufferExporter {
  constructor(public view: PyMemoryView | null, cls: PyType = pickleBufferType) {
    super(cls);
  }
  /** The wrapped view, ValueError once released. */
  getView(): PyMemoryView {
    const v = this.view;
    if (v === null) raiseError(ValueError, "operation forbidden on released PickleBuffer object");
    v.check();
    return v;
  }
  bufferBytes(): Uint8Array {
    return this.getView().bytes();
  }
  bufferFormat(): string {
    return this.getView().fmt;
  }
  bufferItemsize(): number {
    return this.getView().itemsize;
  }
  bufferReadonly(): boolean {
    return this.getView().readonly;
  }
  forwardedView(): PyMemoryView {
    return this.getView();
  }
}

/** One-dimensional views are contiguous when their items are adjacent, in order. */
export function isContiguous(v: PyMemoryView): boolean {
  return v.step === v.itemsize || v.length <= 1;
}

function self(v: PyValue): PickleBufferObj {
  if (!(v instanceof PickleBufferObj)) typeError(`descriptor requires a 'pickle.PickleBuffer' object but received '${typeName(v)}'`);
  return v;
}

export function initPickleBuffer(): void {
  pickleBufferType.ns.set("__doc__", "Wrapper for potentially out-of-band buffers");
  defNew(pickleBufferType, (args, kwnames) => {
    const nkw = kwnames === null ? 0 : kwnames.length;
    if (nkw > 0) typeError(`'${kwnames![0]}' is an invalid keyword argument for PickleBuffer()`);
    if (args.length !== 2) {
      if (args.length < 2) typeError("PickleBuffer() missing required argument '' (pos 1)");
      typeError(`PickleBuffer() takes at most 1 argument (${args.length - 1} given)`);
    }
    const view = call(memoryviewType, [args[1]]) as PyMemoryView;
    return new PickleBufferObj(view, args[0] as PyType);
  });
  defMethods(pickleBufferType, {
    raw(args) {
      const pb = self(args[0]);
      const v = pb.getView();
      if (!isContiguous(v)) raiseError(BufferError, "cannot extract raw buffer from non-contiguous buffer");
      return new PyMemoryView(v.obj, v.start, v.length * v.itemsize, 1, v.readonly, memoryviewType);
    },
    release(args) {
      const pb = self(args[0]);
      pb.view = null;
      return None;
    },
  });
}

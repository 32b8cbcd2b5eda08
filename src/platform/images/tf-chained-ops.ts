// The chained tensor methods (tensor.as3D(), tensor.sub() …) that face-api calls. TensorFlow.js
// adds them in its ES build only (public/chained_ops), whose directory imports plain Node cannot
// load; its CommonJS build leaves them out. Each one is the op of the same name with the tensor
// first (resizing ops live under tf.image), except the few written out below, exactly as tfjs-core's own chained_ops define them.
type Tf = typeof import('@tensorflow/tfjs-core');
type AnyTensor = import('@tensorflow/tfjs-core').Tensor;
type Method = (this: AnyTensor, ...args: unknown[]) => unknown;

const SAME_NAME = (
  'abs acos acosh add all any argMax argMin asin asinh atan atan2 atanh avgPool batchNorm batchToSpaceND broadcastTo ' +
  'cast ceil clipByValue conv1d conv2d conv2dTranspose cos cosh cumprod cumsum depthToSpace depthwiseConv2d dilation2d ' +
  'div divNoNan dot elu equal erf euclideanNorm exp expandDims expm1 fft floor floorDiv gather greater greaterEqual ifft ' +
  'irfft isFinite isInf isNaN leakyRelu less lessEqual localResponseNormalization log log1p logSigmoid logSoftmax ' +
  'logSumExp logicalAnd logicalNot logicalOr logicalXor matMul max maxPool maximum mean min minimum mirrorPad mod mul ' +
  'neg norm notEqual oneHot onesLike pad pool pow prelu prod reciprocal relu relu6 reshape resizeBilinear ' +
  'resizeNearestNeighbor reverse rfft round rsqrt selu separableConv2d sigmoid sign sin sinh slice softmax softplus ' +
  'spaceToBatchND split sqrt square squaredDifference squeeze step stridedSlice sub sum tan tanh tile topk transpose ' +
  'unique unsortedSegmentSum unstack zerosLike'
).split(' ');

export function registerChainedOps(tf: Tf): void {
  const proto = Object.getPrototypeOf(tf.scalar(0)) as Record<string, Method>;
  if (typeof proto.as3D === 'function') return;
  type Op = (...args: unknown[]) => unknown;
  const ops = { ...(tf as unknown as Record<string, Op>), ...(tf.image as unknown as Record<string, Op>) };
  const define = (name: string, method: Method) => {
    if (typeof proto[name] !== 'function') proto[name] = method;
  };
  for (const name of SAME_NAME) {
    const op = ops[name];
    if (typeof op !== 'function') throw new Error(`TensorFlow.js has no op ${name}`);
    define(name, function (...args) {
      this.throwIfDisposed();
      return op(this, ...args);
    });
  }
  const reshapeTo = (shape: (t: AnyTensor, args: number[]) => number[]): Method =>
    function (...args) {
      this.throwIfDisposed();
      return tf.reshape(this, shape(this, args as number[]));
    };
  define('as1D', reshapeTo((t) => [t.size]));
  define('flatten', reshapeTo((t) => [t.size]));
  define('as2D', reshapeTo((_, a) => a.slice(0, 2)));
  define('as3D', reshapeTo((_, a) => a.slice(0, 3)));
  define('as4D', reshapeTo((_, a) => a.slice(0, 4)));
  define('as5D', reshapeTo((_, a) => a.slice(0, 5)));
  define('asScalar', function () {
    this.throwIfDisposed();
    if (this.size !== 1) throw new Error('The array must have only 1 element.');
    return tf.reshape(this, []);
  });
  define('reshapeAs', function (x) {
    this.throwIfDisposed();
    return tf.reshape(this, (x as AnyTensor).shape);
  });
  define('asType', function (dtype) {
    this.throwIfDisposed();
    return tf.cast(this, dtype as 'float32');
  });
  define('toBool', function () {
    return tf.cast(this, 'bool');
  });
  define('toFloat', function () {
    return tf.cast(this, 'float32');
  });
  define('toInt', function () {
    return tf.cast(this, 'int32');
  });
  define('concat', function (x, axis) {
    this.throwIfDisposed();
    const others = x instanceof tf.Tensor ? [x] : (x as AnyTensor[]);
    return tf.concat([this, ...others], axis as number | undefined);
  });
  define('stack', function (x, axis) {
    this.throwIfDisposed();
    const others = x instanceof tf.Tensor ? [x] : (x as AnyTensor[]);
    return tf.stack([this, ...others], axis as number | undefined);
  });
  define('where', function (condition, x) {
    this.throwIfDisposed();
    return tf.where(condition as AnyTensor, this, x as AnyTensor);
  });
}

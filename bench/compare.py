#!/usr/bin/env python3
"""Reference timings for nn-bench: the same figures measured with NumPy and, if installed, PyTorch.

Run by hand next to `swift run -c release nn-bench`:

    python3 bench/compare.py

Prints `name: value` lines prefixed `numpy_` and `torch_`, in the units nn-bench uses
(GFLOP/s for GEMM, microseconds for the MLP step, milliseconds for the conv step).
Everything is Float64 and uses two threads, like the engine on this machine.
"""
import statistics
import time

import numpy as np


def best_of(runs, body):
    """The shortest of `runs` timings of `body`, in seconds."""
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        body()
        best = min(best, time.perf_counter() - start)
    return best


def median_of(steps, warmup, body):
    """The median of `steps` timings of `body` after `warmup` untimed calls, in seconds."""
    for _ in range(warmup):
        body()
    times = []
    for _ in range(steps):
        start = time.perf_counter()
        body()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def numpy_figures():
    rng = np.random.default_rng(0)
    a = rng.standard_normal((512, 512))
    b = rng.standard_normal((512, 512))
    a @ b
    seconds = best_of(20, lambda: a @ b)
    print(f"numpy_gemm512_gflops: {2 * 512**3 / seconds / 1e9:.2f}")


def torch_figures(torch):
    torch.set_num_threads(2)
    torch.manual_seed(0)
    dtype = torch.float64

    a = torch.randn(512, 512, dtype=dtype)
    b = torch.randn(512, 512, dtype=dtype)
    a @ b
    seconds = best_of(20, lambda: a @ b)
    print(f"torch_gemm512_gflops: {2 * 512**3 / seconds / 1e9:.2f}")

    # MLP 784-128-64-10, ReLU, softmax cross-entropy, batch 64, plain SGD — written with tensors
    # exactly as nn-bench writes it.
    sizes = [784, 128, 64, 10]
    params = []
    for fan_in, fan_out in zip(sizes, sizes[1:]):
        w = (torch.randn(fan_in, fan_out, dtype=dtype) * (2 / fan_in) ** 0.5).requires_grad_()
        bias = torch.zeros(fan_out, dtype=dtype, requires_grad=True)
        params += [w, bias]
    x = torch.randn(64, 784, dtype=dtype)
    labels = torch.randint(0, 10, (64,))
    lr = 0.01

    def mlp_step():
        h = x
        for i in range(0, len(params), 2):
            h = h @ params[i] + params[i + 1]
            if i + 2 < len(params):
                h = torch.relu(h)
        loss = torch.nn.functional.cross_entropy(h, labels)
        for p in params:
            p.grad = None
        loss.backward()
        with torch.no_grad():
            for p in params:
                p -= lr * p.grad

    seconds = median_of(200, 20, mlp_step)
    print(f"torch_mlp_step_us: {seconds * 1e6:.1f}")

    # Conv2d 1→8, 3×3, padding 1 on a batch of 32 1×28×28 images, then 2×2 max-pool; forward + backward.
    conv = torch.nn.Conv2d(1, 8, 3, padding=1).to(dtype)
    images = torch.randn(32, 1, 28, 28, dtype=dtype)

    def conv_forward():
        with torch.no_grad():
            torch.nn.functional.max_pool2d(conv(images), 2)

    def conv_step():
        conv.zero_grad(set_to_none=True)
        torch.nn.functional.max_pool2d(conv(images), 2).sum().backward()

    print(f"torch_conv_forward_ms: {median_of(100, 10, conv_forward) * 1e3:.3f}")
    print(f"torch_conv_step_ms: {median_of(100, 10, conv_step) * 1e3:.3f}")


def main():
    numpy_figures()
    try:
        import torch
    except ImportError:
        print("torch: not installed (pip install torch), skipping torch_ figures")
        return
    torch_figures(torch)


if __name__ == "__main__":
    main()

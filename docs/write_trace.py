#!/usr/bin/env python3
"""Write a qnewton training trace (docs/trace-format.md) from a PyTorch model.

For each training step and each chosen parameter tensor ("block"), saves the exact block Hessian
of the mini-batch loss (torch.autograd.functional.hessian, other parameters held fixed), the block
gradient and the loss, then takes an ordinary optimizer step. Replay with

    qnewton train --trace OUT_DIR

Not run in CI. Needs torch and numpy; MNIST via torchvision if --data mnist (else random data).
The block Hessian is N x N dense: N = 784*32 = 25,088 is 5 GB in float64, so start small
(e.g. --hidden 16 --input-pool 4 gives N = 49*16 = 784 for the first layer).

    python docs/write_trace.py --out trace-dir --steps 3 --hidden 16 --blocks 0.weight,2.weight
"""
import argparse
import json
import os

import numpy as np
import torch
from torch import nn
from torch.func import functional_call


def make_data(args):
    g = torch.Generator().manual_seed(args.seed)
    if args.data == "mnist":
        from torchvision import datasets, transforms  # optional dependency
        ds = datasets.MNIST(args.data_dir, train=True, download=True, transform=transforms.ToTensor())
        x = ds.data[: args.train_count].float().div(255.0).unsqueeze(1)
        if args.input_pool > 1:
            x = nn.functional.avg_pool2d(x, args.input_pool)
        x = x.flatten(1)
        y = ds.targets[: args.train_count]
    else:
        d = (28 // args.input_pool) ** 2
        x = torch.rand(args.train_count, d, generator=g)
        y = torch.randint(0, 10, (args.train_count,), generator=g)
    return x.double(), y


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--out", required=True, help="trace folder to create")
    p.add_argument("--steps", type=int, default=3)
    p.add_argument("--batch", type=int, default=64)
    p.add_argument("--hidden", type=int, default=16)
    p.add_argument("--activation", choices=["tanh", "relu"], default="tanh")
    p.add_argument("--input-pool", type=int, default=4, help="average-pool the 28x28 digits by this factor (4 -> 7x7 = 49 inputs)")
    p.add_argument("--blocks", default="0.weight,2.weight", help="comma-separated parameter names (model.named_parameters())")
    p.add_argument("--lr", type=float, default=0.1, help="SGD learning rate of the recorded run")
    p.add_argument("--data", choices=["mnist", "random"], default="mnist")
    p.add_argument("--data-dir", default="./data")
    p.add_argument("--train-count", type=int, default=2000)
    p.add_argument("--seed", type=int, default=0)
    args = p.parse_args()

    torch.manual_seed(args.seed)
    x, y = make_data(args)
    act = nn.Tanh() if args.activation == "tanh" else nn.ReLU()
    model = nn.Sequential(nn.Linear(x.shape[1], args.hidden), act, nn.Linear(args.hidden, 10)).double()
    loss_fn = nn.CrossEntropyLoss()  # mean over the batch, as qnewton's MLP loss
    opt = torch.optim.SGD(model.parameters(), lr=args.lr)
    names = [s.strip() for s in args.blocks.split(",") if s.strip()]
    params = dict(model.named_parameters())
    for n in names:
        if n not in params:
            raise SystemExit(f"unknown parameter {n!r}; known: {', '.join(params)}")

    os.makedirs(args.out, exist_ok=True)
    rng = np.random.default_rng(args.seed)
    steps = []
    batch = None
    for step in range(args.steps):
        idx = torch.from_numpy(rng.choice(len(x), size=args.batch, replace=False))
        batch = (x[idx], y[idx])
        step_dir = os.path.join(args.out, f"step{step}")
        os.makedirs(step_dir, exist_ok=True)
        fixed = {k: v.detach() for k, v in model.named_parameters()}
        with torch.no_grad():
            loss = loss_fn(model(batch[0]), batch[1]).item()
        blocks = []
        for name in names:
            shape = fixed[name].shape

            def block_loss(flat, name=name, shape=shape):
                ps = dict(fixed)
                ps[name] = flat.reshape(shape)
                return loss_fn(functional_call(model, ps, (batch[0],)), batch[1])

            flat = fixed[name].flatten().clone().requires_grad_(True)
            g = torch.autograd.grad(block_loss(flat), flat)[0].detach().numpy()
            h = torch.autograd.functional.hessian(block_loss, flat.detach()).numpy()
            h = 0.5 * (h + h.T)  # exactly symmetric (autodiff is symmetric only to rounding)
            safe = name.replace(".", "_")
            np.save(os.path.join(step_dir, f"{safe}.hessian.npy"), h.astype(np.float64))
            np.save(os.path.join(step_dir, f"{safe}.gradient.npy"), g.astype(np.float64).ravel())
            blocks.append({"name": name, "n": int(flat.numel()),
                           "hessian": f"step{step}/{safe}.hessian.npy", "gradient": f"step{step}/{safe}.gradient.npy"})
        steps.append({"loss": loss, "blocks": blocks})
        # The recorded run's own update (any optimizer; qnewton only schedules the recorded systems).
        opt.zero_grad()
        loss_fn(model(batch[0]), batch[1]).backward()
        opt.step()
    with torch.no_grad():
        final_loss = loss_fn(model(batch[0]), batch[1]).item()
    manifest = {
        "format": "qnewton-trace", "version": 1,
        "model": f"torch MLP {x.shape[1]}-{args.hidden}-10 {args.activation}",
        "source": f"docs/write_trace.py, torch {torch.__version__}, seed {args.seed}, batch {args.batch}, SGD lr {args.lr}",
        "steps": steps, "finalLoss": final_loss,
    }
    with open(os.path.join(args.out, "manifest.json"), "w") as f:
        json.dump(manifest, f, indent=2)
    print(f"wrote {args.out}/manifest.json: {args.steps} steps, blocks {', '.join(names)}")


if __name__ == "__main__":
    main()

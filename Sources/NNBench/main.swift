import NN
print("nn-bench: not written yet")

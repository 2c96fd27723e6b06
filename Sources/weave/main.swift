// Placeholder until the compiler lands (issue 4).
print("weave: the compiler is not built yet; the NN engine and its tests are (`swift test`).")

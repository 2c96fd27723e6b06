import Foundation

/// The 8×8 handwritten digits bundled with the engine: 1,797 images of the digits 0–9, each pixel a
/// count 0…16 (UCI "Optical Recognition of Handwritten Digits", as redistributed by scikit-learn;
/// source and licence in `Data/Digits/README.md`).
///
///     let digits = try Digits.load()          // features [1797, 64], labels 0…9
///     let images = try Digits.loadImages()    // features [1797, 1, 8, 8]
public enum Digits {
    /// The number of examples.
    public static let count = 1797
    /// The number of classes.
    public static let classCount = 10

    /// The data set with flat features [1797, 64] (row-major 8×8 pixels, values 0…16) and labels 0…9.
    public static func load() throws -> Dataset {
        let (features, labels) = try cached.get()
        return Dataset(features: Tensor(unchecked: features, [count, 64]), labels: labels)
    }

    /// The same data with image-shaped features [1797, 1, 8, 8] (one channel), for convolutions.
    public static func loadImages() throws -> Dataset {
        let (features, labels) = try cached.get()
        return Dataset(features: Tensor(unchecked: features, [count, 1, 8, 8]), labels: labels)
    }

    /// The bundled CSV file: 1,797 lines of 64 pixel values then the label, no header.
    public static var fileURL: URL? {
        Bundle.module.url(forResource: "digits", withExtension: "csv", subdirectory: "Digits")
    }

    /// Parsed once per process; each `load()` wraps the values in fresh tensors.
    private static let cached: Result<([Double], [Int]), Error> = Result {
        guard let url = fileURL else {
            throw DataError(file: "Digits/digits.csv", "the bundled digits file is missing from the NN resource bundle")
        }
        let data = try CSV.read(file: url.path).dataset(labelColumn: -1)
        guard data.count == count, data.features.shape == [count, 64] else {
            throw DataError(file: url.path, "expected \(count) rows of 65 values, found shape \(describe(data.features.shape))")
        }
        return (data.features.scalars, data.labels)
    }
}

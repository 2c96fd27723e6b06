import Testing
@testable import NN

@Suite struct DigitsTests {
    @Test func theBundledDigitsHaveTheDocumentedShapeAndCounts() throws {
        let digits = try Digits.load()
        #expect(digits.features.shape == [1797, 64])
        #expect(digits.count == 1797 && digits.classCount == 10)
        let perClass = (0...9).map { c in digits.labels.filter { $0 == c }.count }
        #expect(perClass == [178, 182, 177, 183, 181, 182, 181, 179, 174, 180])
        #expect(digits.features.scalars.allSatisfy { $0 >= 0 && $0 <= 16 && $0 == $0.rounded() })
        #expect(digits.features.scalars.max() == 16)
    }

    @Test func theFirstImageIsAZero() throws {
        let digits = try Digits.load()
        #expect(digits.labels[0] == 0)
        let zero: [Double] = [0, 0, 5, 13, 9, 1, 0, 0,
                              0, 0, 13, 15, 10, 15, 5, 0,
                              0, 3, 15, 2, 0, 11, 8, 0,
                              0, 4, 12, 0, 0, 8, 8, 0,
                              0, 5, 8, 0, 0, 9, 8, 0,
                              0, 4, 11, 0, 1, 12, 7, 0,
                              0, 2, 14, 5, 10, 12, 0, 0,
                              0, 0, 6, 13, 10, 0, 0, 0]
        #expect(digits.features[0].scalars == zero)
        #expect(Array(digits.labels.prefix(10)) == Array(0...9))
    }

    @Test func imagesShareTheValuesAndEachLoadIsIndependent() throws {
        let images = try Digits.loadImages()
        #expect(images.features.shape == [1797, 1, 8, 8])
        let a = try Digits.load()
        a.features.scalars[0] = 99                              // a note editing its copy
        #expect(try Digits.load().features.scalars[0] == 0)
        #expect(images.features.scalars[0] == 0)
    }
}

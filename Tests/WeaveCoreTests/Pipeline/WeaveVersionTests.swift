import Foundation
import Testing
@testable import WeaveCore

/// Every stage's version names the running build of weave, so a rebuilt weave never reads what an
/// earlier build cached.
@Suite struct WeaveVersionTests {
    @Test func theBuildIsTheVersionAndTheExecutable() throws {
        var info = stat()
        #expect(stat("/proc/self/exe", &info) == 0)
        #expect(WeaveVersion.build == "\(WeaveVersion.current) \(info.st_size)-\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)")
        for version in [LoadStage.version, ExecuteStage.version, RenderStage.version, SiteStage.version, FormulaStore.version] {
            #expect(version.hasPrefix(WeaveVersion.build + " "), "\(version)")
        }
    }
}

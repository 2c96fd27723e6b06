import Foundation

/// The search page's script, `search.js` beside this file: SwiftPM embeds its bytes in weave (the
/// package's `embedInCode` resource), so an installed weave needs no resource bundle to copy it into a site.
enum SearchScript {
    /// The script's site-relative path.
    static let path = "assets/search.js"

    static var data: Data { Data(PackageResources.search_js) }
}

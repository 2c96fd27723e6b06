/// The site's icon, a small SVG weave writes into every site (`assets/favicon.svg`): a "w" woven on the
/// accent colour of the stylesheet.
enum Favicon {
    static let path = "assets/favicon.svg"

    static let svg = """
    <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">\
    <rect width="32" height="32" rx="7" fill="#0969da"/>\
    <path d="M6 9l5 15 5-11 5 11 5-15" fill="none" stroke="#fff" stroke-width="3.2" stroke-linecap="round" stroke-linejoin="round"/>\
    </svg>

    """
}

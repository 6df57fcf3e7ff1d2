/// The plan letter as one self-contained HTML page that prints cleanly on A4: its own print styles, no script,
/// written as well-formed XML (void elements closed) so any XML reader can check it,
/// nothing fetched from outside (a Content-Security-Policy forbids it too), and every text escaped.
public enum PlanLetterHTML {
    public static func render(_ letter: PlanLetter) -> String {
        var html = """
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
            <meta charset="utf-8" />
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'" />
            <title>\(escape(letter.title)) – \(escape(letter.ref))</title>
            <style>
            \(style)
            </style>
            </head>
            <body>
            <main class="letter">
            <header>
            <p class="council">\(escape(letter.council))</p>
            <p class="meta">Our reference: \(escape(letter.ref))<br />Date: \(escape(LetterDate.long(letter.date)))</p>
            <address>\(([letter.addressee] + letter.addressLines).map(escape).joined(separator: "<br />"))</address>
            </header>
            <h1>\(escape(letter.title))</h1>
            <p>\(escape(letter.salutation))</p>

            """
        for paragraph in letter.opening { html += "<p>\(escape(paragraph))</p>\n" }
        for section in letter.sections {
            html += "<section>\n<h2>\(escape(section.heading))</h2>\n"
            for paragraph in section.paragraphs { html += "<p>\(escape(paragraph))</p>\n" }
            if !section.items.isEmpty {
                let list = section.numbered ? "ol" : "ul"
                html += "<\(list)>\n"
                for item in section.items {
                    html += "<li>\(escape(item.text))"
                    for detail in item.details { html += "<span class=\"detail\">\(escape(detail))</span>" }
                    html += "</li>\n"
                }
                html += "</\(list)>\n"
            }
            for paragraph in section.closing { html += "<p>\(escape(paragraph))</p>\n" }
            html += "</section>\n"
        }
        html += "<footer class=\"signoff\">\n"
        for line in letter.signOff { html += "<p>\(escape(line))</p>\n" }
        html += "</footer>\n</main>\n</body>\n</html>\n"
        return html
    }

    static let style = """
        @page { size: A4; margin: 20mm 18mm 22mm 18mm; }
        body { font-family: "Helvetica Neue", Arial, sans-serif; font-size: 11pt; line-height: 1.45; color: #000; margin: 2em auto; }
        .letter { max-width: 174mm; margin: 0 auto; }
        header { margin-bottom: 2em; }
        .council { font-size: 14pt; font-weight: bold; margin: 0 0 1em 0; }
        .meta { text-align: right; margin: 0 0 1.5em 0; }
        address { font-style: normal; }
        h1 { font-size: 15pt; margin: 1.2em 0 0.8em 0; }
        h2 { font-size: 12pt; margin: 1.4em 0 0.4em 0; border-bottom: 0.5pt solid #444; }
        ol, ul { padding-left: 1.6em; }
        li { margin: 0.35em 0; }
        .detail { display: block; font-size: 10pt; color: #333; }
        .signoff { margin-top: 2em; }
        .signoff p { margin: 0.2em 0; }
        @media print {
          body { margin: 0; }
          .letter { max-width: none; }
          h1, h2 { break-after: avoid; page-break-after: avoid; }
          li, .signoff, address { break-inside: avoid; page-break-inside: avoid; }
          p { orphans: 3; widows: 3; }
        }
        """

    /// Text from outside as HTML text: markup characters escaped, control characters replaced.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in ControlCharacters.printable(text, keepingLineBreaks: true).unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n": out += " "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

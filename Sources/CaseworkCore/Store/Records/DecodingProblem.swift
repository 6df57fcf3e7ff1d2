import Foundation

/// Words for what `JSONDecoder` found wrong, with the place (a coding path such as `applicant.dateOfBirth`) but
/// never the value it saw: its own messages can quote the file, and the file may hold a fleeing family's address.
enum DecodingProblem {
    /// The messages the model's own `Codable` conformances write, which quote nothing from the file.
    private static let ownMessages: Set<String> = ["is not a date YYYY-MM-DD", "is not a timestamp YYYY-MM-DDTHH:MM:SSZ"]

    static func describe(_ error: any Error) -> (position: String, reason: String) {
        guard let error = error as? DecodingError else { return ("", "cannot be read") }
        switch error {
        case .typeMismatch(let type, let context):
            return (path(context.codingPath), "expected \(kind(type))")
        case .valueNotFound(let type, let context):
            return (path(context.codingPath), "expected \(kind(type)), found null")
        case .keyNotFound(let key, let context):
            return (path(context.codingPath + [key]), "required field is missing")
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty { return ("", "not valid JSON") }
            let own = ownMessages.contains(context.debugDescription)
            return (path(context.codingPath), own ? context.debugDescription : "not a value Casework knows")
        @unknown default:
            return ("", "cannot be read")
        }
    }

    /// Position and reason in one phrase, for an index line whose line number is the position.
    static func reason(_ error: any Error) -> String {
        let (position, reason) = describe(error)
        return position.isEmpty ? reason : position + ": " + reason
    }

    /// `timeline[3].at`: keys joined with dots, array positions in brackets.
    static func path(_ keys: [any CodingKey]) -> String {
        var text = ""
        for key in keys {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : "." + key.stringValue
            }
        }
        return text
    }

    private static func kind(_ type: Any.Type) -> String {
        let name = String(describing: type)
        if name.hasPrefix("Int") || name.hasPrefix("UInt") || name == "Double" || name == "Float" { return "a number" }
        if name == "String" { return "text" }
        if name == "Bool" { return "true or false" }
        if name.contains("Dictionary") || name.contains("Keyed") { return "an object" }
        if name.contains("Array") || name.contains("Unkeyed") { return "an array" }
        return "a different kind of value"
    }
}

extension JSONDecoder {
    /// `decode`, except that a document that is not JSON at all is named by line and column, where JSONDecoder
    /// says only "not valid JSON"; every other problem is left for `DecodingProblem` to describe.
    func decodeDocument<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        do {
            return try decode(type, from: data)
        } catch DecodingError.dataCorrupted(let context) where context.codingPath.isEmpty {
            do {
                _ = try JSONValue.parse(data)
            } catch {
                throw StoreError.invalid(reason: "not valid JSON at \(error.position): \(error.reason)")
            }
            throw DecodingError.dataCorrupted(context)
        }
    }
}

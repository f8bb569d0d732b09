/// The fields of a JSON line that an article is made of; every other field is ignored.
enum ArticleField: Int, CaseIterable {
    case text, maintext, description, url, id, title, date, datePublish, datePublished, outlet, sourceDomain, language

    /// The field's name in JSON.
    var name: String {
        switch self {
        case .text: "text"
        case .maintext: "maintext"
        case .description: "description"
        case .url: "url"
        case .id: "id"
        case .title: "title"
        case .date: "date"
        case .datePublish: "date_publish"
        case .datePublished: "datePublished"
        case .outlet: "outlet"
        case .sourceDomain: "source_domain"
        case .language: "language"
        }
    }

    /// The names' UTF-8, in case order, for matching raw keys.
    static let names: [[UInt8]] = allCases.map { Array($0.name.utf8) }
}

/// The article fields of one JSON object, however it was parsed; `null` counts as absent.
protocol ArticleFieldSource {
    /// The string in `field`; nil when absent or null; an error when it holds another kind of value.
    func string(_ field: ArticleField) throws(InputError) -> String?
    /// The string in `field`, or a number written as text (`42`, `3.5`); nil when absent or null.
    func identifier(_ field: ArticleField) throws(InputError) -> String?
    /// Whether `field` is present and not null.
    func isPresent(_ field: ArticleField) -> Bool
}

extension ArticleFieldSource {
    /// The first of `fields` that holds a string with something other than white space.
    func firstNonBlank(_ fields: [ArticleField]) throws(InputError) -> String? {
        for field in fields {
            if let value = try string(field), !value.isBlank { return value }
        }
        return nil
    }
}

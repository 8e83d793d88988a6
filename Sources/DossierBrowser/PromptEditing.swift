/// The editing the search and find prompts share: a character typed (unless the key map
/// binds the key there), Backspace, Ctrl-W (a word), Ctrl-U (everything). The edited
/// text, or nil when the key does not edit.
func editedPromptText(_ text: String, key: Key, action: Action?) -> String? {
  var text = text
  switch action {
  case nil:
    guard case .character(let character) = key else { return nil }
    text.append(character)
  case .deleteCharacter:
    if !text.isEmpty { text.removeLast() }
  case .clearQuery:
    text = ""
  case .deleteWord:
    while text.last == " " { text.removeLast() }
    while let last = text.last, last != " " { text.removeLast() }
  default:
    return nil
  }
  return text
}

/// The vocabulary's types, roles, publishers and notes, escaped for JSON.
struct Labels {
  let eventTypes = EscapedStrings(Vocabulary.eventTypes)
  let actorTypes = EscapedStrings(Vocabulary.actorTypes)
  /// The types of hub actors: countries, organisations, companies, ministries.
  let hubTypes = EscapedStrings(Array(Vocabulary.actorTypes.prefix(4)))
  let projectTypes = EscapedStrings(Vocabulary.projectTypes)
  let participantRoles = EscapedStrings(Vocabulary.participantRoles)
  let partnerRoles = EscapedStrings(Vocabulary.partnerRoles)
  let publishers = EscapedStrings(Vocabulary.publishers)
  let inferredDateNotes = EscapedStrings(Vocabulary.inferredDateNotes)
  let dateNotes = EscapedStrings(Vocabulary.dateNotes)
  let evidenceNotes = EscapedStrings(Vocabulary.evidenceNotes)
}

extension FtMExportBuilder {
  /// Writes each quote supporting the entity `targetID` as a Documentation entity that
  /// joins the source's Article to it (role "evidence", the quote as summary, the note
  /// and `about` as description). FtM documents only Things, so for other entities
  /// (Payments, Ownerships, UnknownLinks, …) the Article goes to their `proof` and the
  /// quote to their description instead.
  mutating func attach(_ evidence: [Evidence], to targetID: String, about: String?) {
    guard let position = positions[targetID] else { return }
    for item in evidence {
      guard let articleID = articleIDs[item.sourceID] else { continue }
      let remarks = [about, item.note].compactMap { $0 }
      guard drafts[position].isA("Thing") else {
        if drafts[position].accepts("proof") {
          drafts[position].addReference("proof", to: articleID)
        }
        drafts[position].addNote(
          (["Evidence: “\(item.quote)” (\(articleID))"] + remarks).joined(separator: " — "))
        continue
      }
      let id = ids.claimHash(of: [articleID, targetID, item.quote, item.note ?? ""])
      var draft = FtMEntityDraft(id: id, schema: FtMModel.schema(named: "Documentation")!)
      draft.addReference("document", to: articleID)
      draft.addReference("entity", to: targetID)
      draft.add("role", label: "Role", values: ["evidence"])
      draft.add("summary", label: "Quote", values: [item.quote])
      draft.add("description", label: "Note", values: remarks)
      documentation.append(draft)
    }
  }
}

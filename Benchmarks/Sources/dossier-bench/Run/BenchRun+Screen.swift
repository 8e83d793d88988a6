import CursesTerminal
import DossierModel

/// Steps 3 and 4: opening the biggest hub, and full-frame rendering and drawing.
extension BenchRun {
  mutating func measureHub(_ dossier: Dossier, terminal: CursesTerminal, label: String) {
    Progress.note("hub \(label): finding and opening the most linked entity")
    let hub = HubBenchmark.measure(
      dossier, terminal: terminal, repetitions: max(settings.repetitions, 5))
    let name = "hub with \(hub.backlinks) backlinks, \(label)"
    let target = ReportRow.Target.atMost(median: 16, text: "≤ 16 ms")
    if let reason = hub.skipped {
      report.rows.append(.skipped("Open \(name)", reason, target: target))
      return
    }
    report.rows += [
      ReportRow("linkGroups(of:) of the \(name)", hub.linkGroups),
      ReportRow("Open \(name): Enter → rendered Canvas", hub.openRendered, target: target),
      ReportRow("Open \(name): Enter → drawn by CursesTerminal", hub.openDrawn, target: target),
    ]
    report.sections.append(
      "## Hub\n\nThe entity with the most backlinks: \"\(SafeText.neutralized(hub.name))\" "
        + "(\(hub.backlinks) backlinks), selected by typing its name in the search prompt; "
        + "the timing starts at Enter.")
  }

  mutating func measureRender(_ dossier: Dossier, terminal: CursesTerminal, label: String) {
    Progress.note("render \(label): 200×60 frames")
    let render = RenderBenchmark.measure(
      dossier, terminal: terminal, repetitions: settings.repetitions)
    report.rows += [
      ReportRow("BrowserState creation (lists, after the load), \(label)", render.stateCreation),
      ReportRow("Render 200×60 frame into Canvas, \(label)", render.canvas),
      ReportRow("Draw changed 200×60 frame, CursesTerminal to /dev/null", render.changedFrame),
      ReportRow("Draw full repaint (after invalidate), CursesTerminal", render.fullRepaint),
    ]
  }
}

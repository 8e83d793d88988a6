import CursesTerminal
import DossierModel

/// Steps 3 and 4: opening the biggest hub, and full-frame rendering and drawing.
extension BenchRun {
  mutating func measureHub(_ dossier: Dossier, terminal: CursesTerminal, label: String) {
    Progress.note("hub \(label): finding and opening the most linked entity")
    let hub = HubBenchmark.measure(
      dossier, terminal: terminal, repetitions: max(settings.repetitions, 5))
    let name = "hub with \(hub.backlinks) backlinks"
    let target = ReportRow.Target.atMost(median: 16, text: "≤ 16 ms")
    let fromTimeline =
      "Open \(name) from the timeline (no search preview), \(label): Enter → rendered Canvas"
    if let reason = hub.timelineSkipped {
      report.rows.append(.skipped(fromTimeline, reason, target: target))
    } else {
      report.rows.append(ReportRow(fromTimeline, hub.openFromTimeline, target: target))
    }
    if let reason = hub.skipped {
      report.rows.append(.skipped("Open \(name), \(label)", reason, target: target))
      return
    }
    report.rows += [
      ReportRow("linkGroups(of:) of the \(name), \(label)", hub.linkGroups),
      ReportRow(
        "Open \(name) after its search preview, \(label): Enter → rendered Canvas",
        hub.openRendered, target: target),
      ReportRow(
        "Open \(name) after its search preview, \(label): Enter → drawn by CursesTerminal",
        hub.openDrawn, target: target),
    ]
    report.sections.append(
      "## Hub\n\nThe entity with the most backlinks: \"\(SafeText.neutralized(hub.name))\" "
        + "(\(hub.backlinks) backlinks). From the timeline: the first event in the timeline "
        + "that links to it (\"\(SafeText.neutralized(hub.timelineEvent))\") is selected, "
        + "Enter opens it and ↓ selects its link to the hub; the timing is Enter on that link, "
        + "which builds the hub's detail view for the first time, to the rendered canvas. "
        + "After its search preview: the hub is selected by typing its name in the search "
        + "prompt, which already builds its detail view; the timing starts at Enter.")
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

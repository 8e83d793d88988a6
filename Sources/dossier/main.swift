import BundledDossier
import DossierModel

let dossier = try BundledDossier.load()
for entity in dossier.entities(of: .event) {
  print(entity.date?.description ?? "-", entity.name)
}

/**
 * German strings of the panel of "In meiner Nähe" and its map, the source of
 * every translation. They come with the panel's chunk (near-me-panel.ts),
 * which adds them to the built-in German when it loads (`addGermanPart`):
 * most visits never open it. Every key starts with `nearMe` (the prefix
 * tells the registry that the key exists before its German does).
 */
import type { Formatters } from '../formatters.js';

export const nearMeDe = {
  nearMeHint:
    'Sortiert die Angebote nach Entfernung. Ihr Standort bleibt auf diesem Gerät: Er wird nicht gesendet und nicht gespeichert.',
  nearMeLocate: 'Meinen Standort verwenden',
  nearMePlace: 'Oder einen Ort wählen',
  nearMeNoPlace: 'Kein Ort gewählt',
  nearMeDistricts: 'Stadtteile',
  nearMeAddresses: 'Adressen',
  /** The device's position as a place, after "ab". */
  nearMeDevice: 'Ihrem Standort',
  nearMeLocating: 'Ihr Standort wird ermittelt …',
  nearMeDenied: 'Ihr Standort ist nicht freigegeben. Sie können stattdessen einen Ort wählen.',
  nearMeUnavailable: 'Ihr Standort ist gerade nicht verfügbar. Sie können stattdessen einen Ort wählen.',
  nearMeSorted: (place: string) => `Nach Entfernung sortiert, ab ${place}`,
  nearMeOff: 'Sortierung aufheben',
  /** On a card: how far the offer is from the chosen place. */
  nearMeDistance: 'Entfernung',
  nearMeKilometres: (km: number, f: Formatters) => `${f.number(km)} km`,
  nearMeMapShow: 'Karte zeigen',
  nearMeMapHide: 'Karte ausblenden',
  nearMeMapLabel: 'Karte der Angebote auf dieser Seite',
  nearMeMapZoomIn: 'Karte vergrößern',
  nearMeMapZoomOut: 'Karte verkleinern',
};

/**
 * "In meiner Nähe": the place a family measures distances from. The
 * browser's location is asked for only when the family taps "Meinen Standort
 * verwenden", never on load, and stays in this element: it is not stored,
 * not shared with the group, not sent. Instead of its location a family can
 * choose one of the catalog's own places (a district, a street).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Place } from '../catalog/places.js';

export type NearMeState =
  | { status: 'off' }
  | { status: 'locating' }
  | { status: 'on'; origin: Place }
  /** The family said no, or the browser has no location (or gave none in time). */
  | { status: 'denied' | 'unavailable' };

export class NearMeController implements ReactiveController {
  state: NearMeState = { status: 'off' };
  /** Counts the requests, so that a late answer after "off" or another choice is dropped. */
  private request = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly deviceLabel: () => string,
    /** Each new state, for the live region. */
    private readonly changed: (state: NearMeState) => void,
  ) {
    host.addController(this);
  }

  /** The device's position, after the family's tap; the browser asks for permission. */
  locate(): void {
    const request = ++this.request;
    if (!('geolocation' in navigator)) return this.set({ status: 'unavailable' });
    this.set({ status: 'locating' });
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        if (request === this.request)
          this.set({
            status: 'on',
            origin: { id: 'device', label: this.deviceLabel(), lat: coords.latitude, lon: coords.longitude },
          });
      },
      (error) => {
        if (request === this.request)
          this.set({ status: error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable' });
      },
      // A city's scale needs no precision, and a position of five minutes ago is good enough.
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
    );
  }

  /** One of the catalog's places, or none (back to the results' own order). */
  choose(place: Place | undefined): void {
    this.request++;
    this.set(place ? { status: 'on', origin: place } : { status: 'off' });
  }

  hostDisconnected(): void {
    // A position arriving after the element left is dropped.
    this.request++;
  }

  private set(state: NearMeState): void {
    this.state = state;
    this.changed(state);
    this.host.requestUpdate();
  }
}

/**
 * The catalog of an element: loaded from its `src` (one request per URL for
 * the page), again when `src` changes or the page was away for long, with
 * the last good one kept when a reload fails.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Task, TaskStatus, initialState } from '@lit/task';
import { loadCatalog } from '../catalog/catalogs.js';
import type { LoadedCatalog, LoadPolicy } from '../catalog/load.js';
import { CatalogError, isCatalogError } from '../catalog/errors.js';
import type { CatalogIssue } from '../catalog/parse.js';

export interface CatalogIssuesDetail {
  url: string;
  issues: CatalogIssue[];
}

declare global {
  interface GlobalEventHandlersEventMap {
    'catalog-issues': CustomEvent<CatalogIssuesDetail>;
  }
}

/** How old a catalog may get on an open page before coming back to the page loads it again. */
const refreshAfterMs = 30 * 60 * 1000;

/** Catalogs whose issues were already written to the console (once per page, not per element). */
const reported = new WeakSet<LoadedCatalog>();

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Loads the catalog at the host's `src`: again when `src` changes (only the
 * latest answer counts), aborted when the host leaves the page, and keeping
 * the last good catalog when a reload fails. Every host on the page with the
 * same `src` shares one request (see `loadCatalog`).
 */
export class CatalogController implements ReactiveController {
  private readonly task: Task<[string | undefined, number], LoadedCatalog>;
  private attempt = 0;
  private reloadNext = false;
  private lastGood?: LoadedCatalog;
  /** A large catalog's first offers, while the rest is validated. */
  private first?: LoadedCatalog;

  /**
   * @param src The catalog URL, read before every update.
   * @param options.optional Without a `src` the host works from its own
   *   attributes (`<contact-card name="…">`): nothing is loaded and that is no
   *   error. Otherwise a missing `src` is a configuration error.
   * @param options.policy Limits of the load, read when it starts (e.g. the host's `max-bytes`).
   * @param options.onIssues Tells the host of a catalog's data problems (its `catalog-issues` event).
   * @param options.first Shows a large catalog's first offers while the rest is validated: for a list
   *   of offers, not for views that count them all.
   */
  constructor(
    private readonly host: Host,
    src: () => string | undefined,
    private readonly options: {
      optional?: boolean;
      first?: boolean;
      policy?: () => Partial<LoadPolicy>;
      onIssues: (detail: CatalogIssuesDetail) => void;
    },
  ) {
    this.task = new Task(host, {
      task: async ([url], { signal }) => {
        if (options.optional && !url) return initialState;
        const reload = this.reloadNext;
        this.reloadNext = false;
        this.first = undefined;
        const loaded = await loadCatalog(url, {
          signal,
          base: host.ownerDocument.baseURI,
          policy: options.policy?.(),
          reload,
          ...(options.first && {
            onFirst: (first: LoadedCatalog) => {
              this.first = first;
              host.requestUpdate();
            },
          }),
        });
        this.first = undefined;
        this.lastGood = loaded;
        return loaded;
      },
      args: () => [src(), this.attempt],
      onComplete: (loaded) => this.reportIssues(loaded),
      onError: (error) => {
        if (isCatalogError(error) && error.kind === 'config') {
          // For the webmaster who pasted the snippet: families only see a short message.
          console.error(`<${host.localName}>: ${error.message}`);
        }
      },
    });
    // Last: a host already on the page calls hostConnected() at once, which reads the task.
    host.addController(this);
  }

  /**
   * The catalog to show: the current one, or the last good one while a
   * reload fails, or, while a large catalog loads, its first offers
   * (`first: true`).
   */
  get loaded(): LoadedCatalog | undefined {
    if (this.task.status === TaskStatus.COMPLETE) return this.task.value;
    return this.lastGood ?? (this.task.status === TaskStatus.PENDING ? this.first : undefined);
  }

  get pending(): boolean {
    return this.task.status === TaskStatus.PENDING;
  }

  /** The failure of the latest load; aborts are not failures. */
  get error(): CatalogError | undefined {
    if (this.task.status !== TaskStatus.ERROR) return undefined;
    const { error } = this.task;
    if (isCatalogError(error)) return error;
    if (error instanceof DOMException && error.name === 'AbortError') return undefined;
    return new CatalogError('network', String(error));
  }

  /** Loads again (after an error: failed loads are not kept, so this makes a new request). */
  retry(): void {
    this.attempt++;
    this.host.requestUpdate();
  }

  /**
   * Fetches the catalog again although the page has it. If that fails
   * (offline, say), the catalog loaded before stays, with the error beside it.
   */
  refresh(): void {
    this.reloadNext = true;
    this.retry();
  }

  /** A page open for long gets the catalog anew when the family comes back to it. */
  private onVisible = () => {
    const loaded = this.task.status === TaskStatus.COMPLETE ? this.task.value : undefined;
    if (document.visibilityState === 'visible' && loaded && Date.now() - loaded.loadedAt.getTime() > refreshAfterMs)
      this.refresh();
  };

  /**
   * Data problems are for maintainers, not families: a console warning once
   * per catalog, and from every host its `catalog-issues` event, so a CMS can
   * collect them.
   */
  private reportIssues(loaded: LoadedCatalog): void {
    for (const source of loaded.sources ?? []) this.reportIssues(source);
    if (loaded.issues.length === 0) return;
    if (!reported.has(loaded)) {
      reported.add(loaded);
      console.warn(
        `offer-finder: ${loaded.issues.length} problem(s) in the catalog ${loaded.url}; the rest is shown.\n` +
          loaded.issues.map((issue) => `  ${issue.path}: ${issue.message}`).join('\n'),
      );
    }
    this.options.onIssues({ url: loaded.url, issues: loaded.issues });
  }

  hostConnected(): void {
    this.host.ownerDocument.addEventListener('visibilitychange', this.onVisible);
    // Reconnected after an aborted load: start again.
    if (this.task.status === TaskStatus.ERROR && !this.error) void this.task.run();
  }

  hostDisconnected(): void {
    this.host.ownerDocument.removeEventListener('visibilitychange', this.onVisible);
    if (this.task.status === TaskStatus.PENDING) this.task.abort();
  }
}

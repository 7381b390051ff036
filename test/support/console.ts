/** The console.warn calls `action` makes, each as one line of text (and none reaches the console). */
export function warnings(action: () => void): string[] {
  const seen: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void seen.push(args.map(String).join(' '));
  try {
    action();
  } finally {
    console.warn = original;
  }
  return seen;
}

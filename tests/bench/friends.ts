type Bench = (name: string, value: number, unit: string) => void;

export async function friendsBenchmarks(bench: Bench): Promise<void> {
  void bench;
}

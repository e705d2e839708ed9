type Bench = (name: string, value: number, unit: string) => void;

export async function wallBenchmarks(bench: Bench): Promise<void> {
  void bench;
}

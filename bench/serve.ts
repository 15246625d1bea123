/**
 * The project's static server (scripts/serve.js) on a port, for a built site; resolves once it answers.
 * `requests` collects the requests it answered ("200 /path"), for the repeat-visit measure.
 */
import { spawn, type ChildProcess } from 'node:child_process';

export interface Served {
	server: ChildProcess;
	requests: string[];
	kill(): void;
}

export async function serve(dir: string, port: number): Promise<Served> {
	const server = spawn('node', ['scripts/serve.js'], {
		env: { ...process.env, PORT: String(port), BUILD_DIR: dir, LOG_REQUESTS: '1' },
		stdio: ['ignore', 'pipe', 'ignore']
	});
	const requests: string[] = [];
	let partial = '';
	server.stdout!.on('data', (chunk: Buffer) => {
		const lines = (partial + chunk.toString()).split('\n');
		partial = lines.pop()!;
		for (const line of lines) if (line.startsWith('request ')) requests.push(line.slice('request '.length));
	});
	const served = { server, requests, kill: () => void server.kill() };
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return served;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	server.kill();
	throw new Error(`The static server did not start on port ${port}`);
}

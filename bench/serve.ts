/** The project's static server (scripts/serve.js) on a port, for a built site; resolves once it answers. */
import { spawn, type ChildProcess } from 'node:child_process';

export async function serve(dir: string, port: number): Promise<ChildProcess> {
	const server = spawn('node', ['scripts/serve.js'], {
		env: { ...process.env, PORT: String(port), BUILD_DIR: dir },
		stdio: 'ignore'
	});
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return server;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	server.kill();
	throw new Error(`The static server did not start on port ${port}`);
}

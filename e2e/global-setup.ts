/** One real server for the browser journeys, on a fresh data directory with the demo agency. */
import type { TestProject } from 'vitest/node';
import { startServer } from './server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    e2eUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await startServer();
  project.provide('e2eUrl', server.url);
  return () => server.stop();
}

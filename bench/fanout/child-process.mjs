import { fork } from 'node:child_process';
import { onCleanUp, stopChild } from '../support/processes.mjs';

/**
 * A benchmark process of its own (socket clients, the bare server), driven by messages: `ask` sends
 * one and waits for its answer, of the type named; an `error` answer or an exit fails the wait.
 */
export function startChild(file, name) {
  const child = fork(file, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  onCleanUp(() => stopChild(child, 5_000));
  const ask = (message, answerType, timeoutMs = 180_000) =>
    new Promise((done, reject) => {
      const timer = setTimeout(
        () => finish(new Error(`${name}: no ${answerType} within ${timeoutMs / 1000} s`)),
        timeoutMs,
      );
      const onMessage = (answer) => {
        if (answer.type === 'error') finish(new Error(`${name}: ${answer.message}`));
        else if (answer.type === answerType) finish(null, answer);
      };
      const onExit = (code) => finish(new Error(`${name} exited with code ${code}`));
      const finish = (error, answer) => {
        clearTimeout(timer);
        child.off('message', onMessage);
        child.off('exit', onExit);
        if (error) reject(error);
        else done(answer);
      };
      child.on('message', onMessage);
      child.once('exit', onExit);
      child.send(message);
    });
  return { child, pid: child.pid, ask, stop: () => stopChild(child, 5_000) };
}

/** In the child: answers each message with what `handle` returns, or with an error. */
export function serveParent(handle) {
  process.on('message', async (message) => {
    try {
      process.send(await handle(message));
    } catch (error) {
      process.send({ type: 'error', message: error.stack ?? error.message });
    }
  });
  // The benchmark is gone (finished or killed): nothing else will stop this process.
  process.on('disconnect', () => process.exit(0));
}

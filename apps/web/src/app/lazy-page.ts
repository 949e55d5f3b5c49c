import type { ComponentType } from 'react';
import { loadMessages, type MessageBundle } from '../lib/i18n';

/** A lazily loaded page with the string bundles it needs, fetched together. */
export function page<M>(
  load: () => Promise<M>,
  pick: (module: M) => ComponentType,
  ...bundles: MessageBundle[]
): { lazy: () => Promise<{ Component: ComponentType }> } {
  return {
    lazy: async () => {
      const [module] = await Promise.all([load(), loadMessages(...bundles)]);
      return { Component: pick(module) };
    },
  };
}

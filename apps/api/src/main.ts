import { AppConfig } from './config/app-config.js';
import { ConfigError, parseEnv } from './config/env.schema.js';
import { createApp } from './create-app.js';
import { DEMO_PASSWORD } from './seed/demo-data.js';

async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = new AppConfig(parseEnv(process.env));
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  const app = await createApp(config);
  await app.listen(config.port, config.host);
  const where = config.database.driver === 'sqlite' ? `SQLite at ${config.database.file}` : 'PostgreSQL';
  const demo = config.seedDemo ? `; demo accounts in README.md, password "${DEMO_PASSWORD}"` : '';
  console.log(`Hackboard is running at http://localhost:${config.port} (${where})${demo}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

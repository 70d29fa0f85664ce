interface ImportMetaEnv {
  /** 'true' starts the in-browser mock backend (see `.env`). */
  readonly VITE_SOC_KIT_DEMO?: string;
}

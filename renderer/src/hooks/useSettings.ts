import { DEFAULT_SETTINGS } from '../../../shared/model/types';
import type { Language, Settings } from '../../../shared/model/types';
import { useAppStore } from '../state/app-store';

export function useSettings(): Settings {
  return useAppStore((state) => state.snapshot?.settings ?? DEFAULT_SETTINGS);
}

export function useLanguage(): Language {
  return useAppStore((state) => state.snapshot?.settings.language ?? DEFAULT_SETTINGS.language);
}

// The dashboard's part of ui-orgs-ru.ts: what the renderer's start loads (issue #12); the rest is in ui-orgs-ru-screens.ts.
/**
 * Interface texts of the vault transfer, the dashboard filters, the СМДО screen
 * and the ЕИС letter; merged under `orgs` in the renderer's i18n resources.
 */
export const uiOrgsRuStart = {
  filters: {
    legend: 'Поиск и отбор',
    search: 'Поиск по организации, УНП/ИНН или названию',
    kind: 'Вид токена',
    state: 'Состояние',
    all: 'Все',
    count: 'Показано токенов: {{shown}} из {{total}}',
    none: 'Под условия отбора не подходит ни один токен.',
    reset: 'Сбросить отбор',
  },
};

/**
 * Ready examples for a program's key: curl, PowerShell and 1С. The key is part of
 * the text, since the user copies the whole example; it lives only on the screen
 * that shows the key once.
 */
export interface ServiceExamples {
  curl: string;
  powershell: string;
  oneC: string;
}

export function serviceExamples(port: number, tokenId: string, key: string): ServiceExamples {
  const path = `/v1/tokens/${tokenId}`;
  return {
    curl: `curl -H "Authorization: Bearer ${key}" http://127.0.0.1:${port}${path}`,
    powershell: [`$answer = Invoke-RestMethod -Uri "http://127.0.0.1:${port}${path}" -Headers @{ Authorization = "Bearer ${key}" }`, '$answer.token'].join('\n'),
    oneC: [
      `Соединение = Новый HTTPСоединение("127.0.0.1", ${port}, , , , 35);`,
      `Запрос = Новый HTTPЗапрос("${path}");`,
      `Запрос.Заголовки.Вставить("Authorization", "Bearer ${key}");`,
      'Ответ = Соединение.Получить(Запрос);',
      'Если Ответ.КодСостояния <> 200 Тогда',
      '    ВызватьИсключение Ответ.ПолучитьТелоКакСтроку();',
      'КонецЕсли;',
      'Чтение = Новый ЧтениеJSON;',
      'Чтение.УстановитьСтроку(Ответ.ПолучитьТелоКакСтроку());',
      'Данные = ПрочитатьJSON(Чтение);',
      'Токен = Данные.token;',
    ].join('\n'),
  };
}

import { Component, CUSTOM_ELEMENTS_SCHEMA } from '@angular/core';
import 'korus-charts'; // defines every korus-* tag

// CUSTOM_ELEMENTS_SCHEMA lets the template use korus-* tags. A plain attribute (`lang="ko"`) is set
// as an attribute; a [binding] sets the property, so numbers stay numbers and `data` takes rows.
@Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main style="max-width: 900px; margin: auto">
      <h1>korus-charts in Angular</h1>
      <korus-goods-balance id="balance" from="2007" lang="ko" (korus-error)="onError($event)"></korus-goods-balance>
      <korus-export-promise id="promise" [promise]="12" theme="dark"></korus-export-promise>
      <korus-before-after id="before-after" [beforeYear]="2012" [afterYear]="2017" [data]="rows"></korus-before-after>
    </main>
  `,
})
export class App {
  // Your own rows (illustrative numbers, millions of USD) through the `data` property.
  readonly rows = [
    { year: 2012, exports: 45000, imports: 55000 },
    { year: 2017, exports: 60500, imports: 65000 },
  ];

  onError(event: Event): void {
    console.error((event as CustomEvent<{ message: string }>).detail.message);
  }
}

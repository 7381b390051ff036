import { describe, it } from 'node:test';
import { expect } from 'chai';
import { plainText } from '../../src/import/normalize/html.js';

const text = (value: string) => plainText(value).text;

describe('plainText', () => {
  it('leaves text without markup as written: trimmed, CRLF to LF, a `<` that is no tag kept', () => {
    expect(plainText('  Krabbelgruppe für Kinder < 3 Jahre\r\nund > 1 Jahr  ')).to.deep.equal({
      text: 'Krabbelgruppe für Kinder < 3 Jahre\nund > 1 Jahr',
      html: false,
    });
    expect(plainText('Eltern & Kinder, Anmeldung <bitte ergänzen>')).to.deep.equal({
      text: 'Eltern & Kinder, Anmeldung <bitte ergänzen>',
      html: false,
    });
    expect(plainText('Offene Sprechstunde:\n- Mo 9–11 Uhr\n- Do 14–16 Uhr')).to.deep.equal({
      text: 'Offene Sprechstunde:\n- Mo 9–11 Uhr\n- Do 14–16 Uhr',
      html: false,
    });
  });

  it('separates paragraphs, divs and headings by one blank line and keeps <br> as a line break (TYPO3 RTE)', () => {
    const html =
      '<h2>Familienbüro Kamen</h2>\n<p>Wir beraten Eltern&nbsp;rund um Geburt,&nbsp;Kita &amp; Schule.</p>\n<p>&nbsp;</p>\n' +
      '<p>Rathausplatz 1<br />\n59174 Kamen</p><div><div>Termine nach Vereinbarung</div></div>';
    expect(plainText(html)).to.deep.equal({
      text: 'Familienbüro Kamen\n\nWir beraten Eltern rund um Geburt, Kita & Schule.\n\nRathausplatz 1\n59174 Kamen\n\nTermine nach Vereinbarung',
      html: true,
    });
  });

  it('writes list items as lines starting with `• ` or `1. `, also when editors wrap them in paragraphs', () => {
    const html =
      '<p>Wir bieten:</p><ul><li><p>Hebammensprechstunde</p></li><li>Babymassage<ul><li>für Väter</li></ul></li></ul>' +
      '<ol><li>Antrag ausfüllen</li><li>Unterlagen mitbringen</li></ol><p>Mehr im Familienbüro.</p>';
    expect(text(html)).to.equal(
      'Wir bieten:\n\n• Hebammensprechstunde\n• Babymassage\n• für Väter\n\n1. Antrag ausfüllen\n2. Unterlagen mitbringen\n\nMehr im Familienbüro.',
    );
  });

  it('keeps links visible: text and URL, the URL alone when it is the text, the address of a mailto link', () => {
    const html =
      '<p>Anmeldung über das <a href="https://www.kamen.de/kita-navigator" data-cke-saved-href="https://www.kamen.de/kita-navigator" target="_blank">Kita-Navigator</a> ' +
      'oder auf <a href="https://www.kamen.de/">www.kamen.de</a>. Fragen an <a href="mailto:familienbuero@kamen.de">familienbuero@kamen.de</a> ' +
      'oder <a href="mailto:kita@kamen.de?subject=Anmeldung">schreiben Sie uns</a>.</p>';
    expect(text(html)).to.equal(
      'Anmeldung über das Kita-Navigator (https://www.kamen.de/kita-navigator) oder auf https://www.kamen.de/. ' +
        'Fragen an familienbuero@kamen.de oder schreiben Sie uns (kita@kamen.de).',
    );
  });

  it('keeps only the text of links that lead nowhere outside the source page (relative, #anchor, tel:, javascript:)', () => {
    const html =
      '<p><a href="/kontakt">Kontakt</a> · <a href="#top">nach oben</a> · <a href="tel:+4923071480">02307 148-0</a> · <a href="javascript:void(0)">Drucken</a></p>';
    expect(text(html)).to.equal('Kontakt · nach oben · 02307 148-0 · Drucken');
  });

  it('drops images with their alt text', () => {
    expect(
      text(
        '<p><img src="/fileadmin/logo-familienbuero.png" alt="Logo Familienbüro" width="120"> Das Familienbüro hilft.</p>',
      ),
    ).to.equal('Das Familienbüro hilft.');
  });

  it('decodes entities and collapses spaces; soft hyphens go', () => {
    expect(
      text(
        '<p>Kinder&shy;tages&shy;stätte &#8211; Öffnungs&shy;zeiten:&nbsp;&nbsp; 7:00&ndash;16:30&nbsp;Uhr &#x2013; Tel.&nbsp;02307&nbsp;148-0</p>',
      ),
    ).to.equal('Kindertagesstätte – Öffnungszeiten: 7:00–16:30 Uhr – Tel. 02307 148-0');
  });

  it('decodes entities in text without tags and keeps its line breaks (UK feeds)', () => {
    expect(plainText('Stay &amp; Play for under 5&#39;s\r\nTuesdays 10am&ndash;12pm')).to.deep.equal({
      text: "Stay & Play for under 5's\nTuesdays 10am–12pm",
      html: true,
    });
  });

  it('keeps the line breaks of text with inline tags only (a spreadsheet cell with <b>)', () => {
    expect(plainText('Anmeldung <b>bis 15.03.</b>\nTelefon 02307 148-0')).to.deep.equal({
      text: 'Anmeldung bis 15.03.\nTelefon 02307 148-0',
      html: true,
    });
  });

  it('writes table rows as lines, cells joined by a comma, empty cells left out', () => {
    const html =
      '<table class="contenttable"><thead><tr><th>Tag</th><th>Uhrzeit</th></tr></thead><tbody>' +
      '<tr><td>Montag</td><td><p>8:00 - 12:00 Uhr</p></td></tr><tr><td>Dienstag</td><td>&nbsp;</td></tr>' +
      '<tr><td>Donnerstag</td><td>14:00 - 16:00 Uhr</td></tr></tbody></table><p>In den Ferien geschlossen.</p>';
    expect(text(html)).to.equal(
      'Tag, Uhrzeit\nMontag, 8:00 - 12:00 Uhr\nDienstag\nDonnerstag, 14:00 - 16:00 Uhr\n\nIn den Ferien geschlossen.',
    );
  });

  it('reads what Word pastes into a CMS (mso classes, <o:p>, <span> soup)', () => {
    const html =
      '<p class="MsoNormal"><span style="font-size:11.0pt;font-family:&quot;Calibri&quot;">Elterncafé im Familienzentrum<o:p></o:p></span></p>\r\n' +
      '<p class="MsoNormal"><b><span style="font-size:11.0pt">jeden Mittwoch</span></b><span style="font-size:11.0pt"> von 9 bis 11 Uhr<o:p></o:p></span></p>';
    expect(text(html)).to.equal('Elterncafé im Familienzentrum\n\njeden Mittwoch von 9 bis 11 Uhr');
  });
});

package org.sourcewise.browser.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.upload.UploadI18N;
import java.text.DateFormatSymbols;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;

/**
 * The words that Vaadin's own components bring in English (a date picker's month names and "Today",
 * an upload's "Upload Files..."), in the page's language. Give each date picker, date-time picker
 * and upload these.
 */
public final class BuiltInWords {

    private BuiltInWords() {
    }

    /** Month and weekday names from the JVM's data for the language, buttons from the words files. */
    public static DatePicker.DatePickerI18n datePicker() {
        Locale locale = Words.locale();
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
        return new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.asList(symbols.getMonths()).subList(0, 12))
                .setWeekdays(Arrays.asList(symbols.getWeekdays()).subList(1, 8))
                .setWeekdaysShort(Arrays.asList(symbols.getShortWeekdays()).subList(1, 8))
                .setFirstDayOfWeek(Calendar.getInstance(locale).getFirstDayOfWeek() - 1)
                .setToday(Words.of("browser.picker.today"))
                .setCancel(Words.of("browser.picker.cancel"))
                .setBadInputErrorMessage(Words.of("browser.picker.bad-date"));
    }

    /** An upload's buttons, drop hint, status and errors. */
    public static UploadI18N upload() {
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(Words.of("browser.upload.drop-one")).setMany(Words.of("browser.upload.drop-many")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(Words.of("browser.upload.add-one")).setMany(Words.of("browser.upload.add-many")));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(Words.of("browser.upload.too-many"))
                .setFileIsTooBig(Words.of("browser.upload.too-big"))
                .setIncorrectFileType(Words.of("browser.upload.wrong-type")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(Words.of("browser.upload.connecting"))
                        .setStalled(Words.of("browser.upload.stalled"))
                        .setProcessing(Words.of("browser.upload.processing"))
                        .setHeld(Words.of("browser.upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(Words.of("browser.upload.remaining"))
                        .setUnknown(Words.of("browser.upload.remaining-unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(Words.of("browser.upload.server-unavailable"))
                        .setUnexpectedServerError(Words.of("browser.upload.server-error"))
                        .setForbidden(Words.of("browser.upload.forbidden"))
                        .setFileTooLarge(Words.of("browser.upload.too-big"))));
        i18n.setFile(new UploadI18N.File()
                .setRetry(Words.of("browser.upload.retry"))
                .setStart(Words.of("browser.upload.start"))
                .setRemove(Words.of("browser.upload.remove")));
        i18n.setUnits(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
        return i18n;
    }
}

package org.gongshang.topic;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.gongshang.shared.image.QrCodes;
import org.junit.jupiter.api.Test;

/** 扫码征题: the QR code reads back as the campaign's address. */
class CampaignQrTests {

    @Test
    void theQrCodeReadsBackAsTheLink() throws Exception {
        String link = "https://gongshang.example/campaigns/12";
        var matrix = QrCodes.matrix(link);
        int scale = 4;
        int size = matrix.getWidth() * scale;
        int[] pixels = new int[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                pixels[y * size + x] = matrix.get(x / scale, y / scale) ? 0xFF000000 : 0xFFFFFFFF;
            }
        }
        var source = new com.google.zxing.RGBLuminanceSource(size, size, pixels);

        String read = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();

        assertThat(read).isEqualTo(link);
        assertThat(QrCodes.svg(link)).startsWith("<svg").contains("<path");
    }
}

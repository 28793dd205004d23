package org.learningcity.award.notification.internal;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HeaderSafetyTests {

	@Test
	void subjectsAndNamesStayOnOneLine() {
		assertThat(HeaderSafety.singleLine("New task\r\nBcc: x@example.org")).isEqualTo("New task Bcc: x@example.org");
		assertThat(HeaderSafety.singleLine("a\u2028b\u0000c\td")).isEqualTo("a b c d");
	}

	@Test
	void anAddressIsExactlyOneValidAddressAndTheNameCannotBreakTheHeader() throws AddressException {
		InternetAddress address = HeaderSafety.address("ada@example.org", "Ada\r\nBcc: x@example.org");
		assertThat(address.getAddress()).isEqualTo("ada@example.org");
		assertThat(address.getPersonal()).isEqualTo("Ada Bcc: x@example.org");
		assertThat(address.toString()).doesNotContain("\r").doesNotContain("\n");

		assertThatThrownBy(() -> HeaderSafety.address("ada@example.org\r\nBcc: x@example.org", null))
			.isInstanceOf(AddressException.class);
		assertThatThrownBy(() -> HeaderSafety.address("ada@example.org, eve@example.org", null))
			.isInstanceOf(AddressException.class);
		assertThatThrownBy(() -> HeaderSafety.address("not an address", null)).isInstanceOf(AddressException.class);
		assertThatThrownBy(() -> HeaderSafety.address(" ", null)).isInstanceOf(AddressException.class);
		assertThat(HeaderSafety.address("Award <award@example.org>", null).getPersonal()).isEqualTo("Award");
	}

}

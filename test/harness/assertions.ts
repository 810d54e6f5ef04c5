// A test that asserts nothing passes whatever the code does: make it fail instead.
beforeEach(() => {
	expect.hasAssertions();
});

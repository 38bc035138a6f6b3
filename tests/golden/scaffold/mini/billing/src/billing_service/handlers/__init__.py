"""Lambda handlers of the billing service, one module per function in template.yaml."""

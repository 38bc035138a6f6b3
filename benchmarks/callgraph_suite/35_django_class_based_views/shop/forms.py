from django import forms

BLOCKED_PRODUCTS = {13, 666}


class OrderForm(forms.Form):
    product_id = forms.IntegerField(min_value=1)
    quantity = forms.IntegerField(min_value=1, max_value=99)

    def clean_product_id(self):
        product_id = self.cleaned_data["product_id"]
        if product_id in BLOCKED_PRODUCTS:
            raise forms.ValidationError("This product cannot be ordered")
        return product_id
